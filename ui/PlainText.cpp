#include "PlainText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QTextDocument>
#include <QToolTip>

namespace PlainText {
QLabel *label(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    apply(label);
    label->setText(text);
    return label;
}

void apply(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setOpenExternalLinks(false);
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return QString();
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
} // namespace PlainText

bool PlainToolTipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), PlainText::toolTip(text), view, option.rect);
    return true;
}
