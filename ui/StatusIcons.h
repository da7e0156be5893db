#pragma once

#include "BulkOperation.h"
#include "ImportModel.h"
#include "PlainText.h"

#include <QIcon>
#include <functional>

// The icons that go with a result's word, so no state is told by colour (or by the icon) alone.
// Theme icons first (they follow the desktop), the style's own as the fallback.
namespace StatusIcons {
enum class Kind { Queued, Running, Done, Failed, Unknown, NotSent, LeftOut, Warning };

QIcon icon(Kind kind, const QWidget *widget);
Kind of(BulkItem::Status status);
Kind of(ImportModel::RowStatus status);
} // namespace StatusIcons

// A plain-text delegate that adds the icon `iconFor` gives a cell, if any.
class IconDelegate : public PlainToolTipDelegate {
    Q_OBJECT

public:
    using IconFor = std::function<QIcon(const QModelIndex &)>;
    IconDelegate(IconFor iconFor, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    IconFor m_iconFor;
};
