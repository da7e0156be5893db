#include "StatusIcons.h"

#include <QStyle>
#include <QWidget>

namespace StatusIcons {

QIcon icon(Kind kind, const QWidget *widget)
{
    QStyle *style = widget->style();
    const auto themed = [style](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
    };
    switch (kind) {
    case Kind::Queued:
        return themed("go-next", QStyle::SP_ArrowForward);
    case Kind::Running:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case Kind::Done:
        return themed("emblem-ok", QStyle::SP_DialogApplyButton);
    case Kind::Failed:
        return themed("dialog-error", QStyle::SP_MessageBoxCritical);
    case Kind::Unknown:
        return themed("dialog-question", QStyle::SP_MessageBoxQuestion);
    case Kind::NotSent:
        return themed("dialog-cancel", QStyle::SP_DialogCancelButton);
    case Kind::LeftOut:
        return themed("dialog-information", QStyle::SP_MessageBoxInformation);
    case Kind::Warning:
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    }
    return QIcon();
}

Kind of(BulkItem::Status status)
{
    switch (status) {
    case BulkItem::Status::Pending:
        return Kind::Queued;
    case BulkItem::Status::Running:
        return Kind::Running;
    case BulkItem::Status::Succeeded:
        return Kind::Done;
    case BulkItem::Status::Failed:
        return Kind::Failed;
    case BulkItem::Status::Unknown:
        return Kind::Unknown;
    case BulkItem::Status::Canceled:
        return Kind::NotSent;
    case BulkItem::Status::Skipped:
        return Kind::LeftOut;
    }
    return Kind::Queued;
}

Kind of(ImportModel::RowStatus status)
{
    switch (status) {
    case ImportModel::RowStatus::Ready:
        return Kind::Queued;
    case ImportModel::RowStatus::NeedsFixing:
    case ImportModel::RowStatus::Duplicate:
        return Kind::Warning;
    case ImportModel::RowStatus::Sending:
        return Kind::Running;
    case ImportModel::RowStatus::Created:
        return Kind::Done;
    case ImportModel::RowStatus::Refused:
        return Kind::Failed;
    case ImportModel::RowStatus::Unknown:
        return Kind::Unknown;
    }
    return Kind::Queued;
}

} // namespace StatusIcons

IconDelegate::IconDelegate(IconFor iconFor, QObject *parent)
    : PlainToolTipDelegate(parent), m_iconFor(std::move(iconFor))
{
}

void IconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    PlainToolTipDelegate::initStyleOption(option, index);
    const QIcon icon = m_iconFor ? m_iconFor(index) : QIcon();
    if (icon.isNull())
        return;
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}
