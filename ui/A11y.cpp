#include "A11y.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace A11y {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's own name for the action it adds (qlineedit.cpp, clearButtonActionNameC).
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("A11y", "Clear"));
        clear->setToolTip(QCoreApplication::translate("A11y", "Clear the text"));
    }
}

} // namespace A11y
