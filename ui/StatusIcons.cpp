#include "StatusIcons.h"

#include "Theme.h"

#include <QStyle>
#include <QWidget>

namespace StatusIcons {

QIcon icon(Kind kind, const QWidget *widget)
{
    Q_UNUSED(widget)
    const auto themed = [](const char *name) { return Theme::icon(QLatin1String(name)); };
    switch (kind) {
    case Kind::Queued:
        return themed("go-next");
    case Kind::Running:
        return themed("view-refresh");
    case Kind::Done:
        return themed("emblem-ok");
    case Kind::Failed:
        return themed("dialog-error");
    case Kind::Unknown:
        return themed("dialog-question");
    case Kind::NotSent:
        return themed("dialog-cancel");
    case Kind::LeftOut:
        return themed("dialog-information");
    case Kind::Warning:
        return themed("dialog-warning");
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
