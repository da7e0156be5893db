#include "RecordTableModels.h"

#include <QLocale>

namespace {
QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString shortDateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("RecordTableModels", "Yes")
                 : QCoreApplication::translate("RecordTableModels", "No");
}
} // namespace

// ---- ProjectTableModel ----

ProjectTableModel::ProjectTableModel(QObject *parent) : PagedTableModel(parent)
{
    setPageSize(20);
}

void ProjectTableModel::setUser(UserDirectory *directory, const QString &userId)
{
    clear();
    m_directory = directory;
    m_userId = userId;
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Project &project = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return project.name;
        case Goal:
            return project.goal;
        case Deadline:
            return shortDate(project.deadline);
        case Visibility:
            return project.visibility;
        case Members:
            return project.memberCount;
        case Pinned:
            return yesNo(project.pinned);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Deadline:
            return project.deadline;
        case Pinned:
            return project.pinned;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!project.projectContext.isEmpty())
            lines << tr("Context: %1").arg(project.projectContext);
        if (!project.answerContext.isEmpty())
            lines << tr("Answers: %1").arg(project.answerContext);
        if (!project.defaultMemberRole.isEmpty())
            lines << tr("Default member role: %1").arg(project.defaultMemberRole);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    } else if (role == Qt::TextAlignmentRole && index.column() == Members) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Goal:
        return tr("Goal");
    case Deadline:
        return tr("Deadline");
    case Visibility:
        return tr("Visibility");
    case Members:
        return tr("Members");
    case Pinned:
        return tr("Pinned");
    }
    return QVariant();
}

CallHandle ProjectTableModel::requestPage(int page, int pageSize, quint64 generation)
{
    return m_directory->fetchProjects(
        m_userId, page, pageSize, this,
        [this, generation](const Result<Page<Project>> &result) { acceptPage(generation, result, m_rows); });
}

// ---- ArtifactTableModel ----

ArtifactTableModel::ArtifactTableModel(QObject *parent) : PagedTableModel(parent) { }

void ArtifactTableModel::setUser(UserDirectory *directory, const QString &userId)
{
    clear();
    m_directory = directory;
    m_userId = userId;
}

int ArtifactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Artifact &artifact = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return artifact.name;
        case Type:
            return artifact.type;
        case Source:
            return artifact.source;
        case State:
            return artifact.state;
        case IngestStatus:
            return artifact.ingestStatus;
        case Created:
            return shortDateTime(artifact.createdAt);
        }
    } else if (role == SortRole) {
        return index.column() == Created ? QVariant(artifact.createdAt) : data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        return tr("Project: %1").arg(artifact.projectId);
    }
    return QVariant();
}

QVariant ArtifactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Source:
        return tr("Source");
    case State:
        return tr("State");
    case IngestStatus:
        return tr("Ingest status");
    case Created:
        return tr("Created");
    }
    return QVariant();
}

CallHandle ArtifactTableModel::requestPage(int, int, quint64 generation)
{
    return m_directory->fetchArtifacts(
        m_userId, this,
        [this, generation](const Result<Page<Artifact>> &result) { acceptPage(generation, result, m_rows); });
}

// ---- IntegrationTableModel ----

IntegrationTableModel::IntegrationTableModel(QObject *parent) : PagedTableModel(parent) { }

void IntegrationTableModel::setDirectory(UserDirectory *directory)
{
    clear();
    m_directory = directory;
}

int IntegrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Integration &integration = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Type:
            return integration.type;
        case Id:
            return integration.id;
        case Created:
            return shortDateTime(integration.createdAt);
        case Updated:
            return shortDateTime(integration.updatedAt);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Created:
            return integration.createdAt;
        case Updated:
            return integration.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return QVariant();
}

QVariant IntegrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Type");
    case Id:
        return tr("ID");
    case Created:
        return tr("Connected");
    case Updated:
        return tr("Updated");
    }
    return QVariant();
}

CallHandle IntegrationTableModel::requestPage(int, int, quint64 generation)
{
    return m_directory->fetchIntegrations(this, [this, generation](const Result<Page<Integration>> &result) {
        acceptPage(generation, result, m_rows);
    });
}
