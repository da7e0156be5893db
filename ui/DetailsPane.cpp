#include "DetailsPane.h"

#include "EmptyState.h"
#include "JsonText.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "RecordTableModels.h"
#include "Theme.h"
#include "UserStore.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

// Sizes columns to their contents, but no column takes more than a third of the view, so long
// goals or ids never push the other columns out of sight.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int cap = qMax(120, view->viewport()->width() / 3);
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, qMin(view->columnWidth(column), cap));
}

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_placeholder(new EmptyState(Theme::icon(QStringLiteral("user-identity")), tr("No user selected"),
                                   tr("Select a user in the list to see their details."), this)),
      m_loading(PlainText::label(tr("Loading the full record…"), this)),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_buttonRow(new QWidget(this)),
      m_message(new MessageWidget(this)),
      m_tabs(new QTabWidget(this)),
      m_projects(new ProjectTableModel(this)),
      m_artifacts(new ArtifactTableModel(this)),
      m_integrations(new IntegrationTableModel(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setObjectName(QStringLiteral("detailsEmptyState"));
    m_stack->addWidget(m_placeholder);
    m_loading->setObjectName(QStringLiteral("detailsLoading"));
    Theme::setMutedText(m_loading);
    // Its line stays when it hides, so the tabs do not jump as the admin arrows through users.
    QSizePolicy keep = m_loading->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_loading->setSizePolicy(keep);
    m_loading->hide();

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    PlainText::apply(m_title);
    PlainText::apply(m_subtitle);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    names->addWidget(m_loading);
    header->addLayout(names, 1);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_buttonRow, 0, Qt::AlignTop);
    layout->addLayout(header);
    layout->addWidget(m_message);

    m_profileTab = new QWidget(this);
    m_profileForm = new QFormLayout(m_profileTab);
    m_profileForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_tabs->addTab(m_profileTab, tr("Profile"));
    QTableView *view = nullptr;
    m_projectsTab = createTableTab(m_projects, tr("No projects."), &view);
    view->setObjectName(QStringLiteral("projectsView"));
    view->setAccessibleName(tr("Projects"));
    m_artifactsTab = createTableTab(m_artifacts, tr("No artifacts."), &view);
    view->setObjectName(QStringLiteral("artifactsView"));
    view->setAccessibleName(tr("Latest artifacts"));
    m_integrationsTab = createTableTab(m_integrations, tr("No integrations."), &view);
    view->setObjectName(QStringLiteral("integrationsView"));
    m_profileTab->setObjectName(QStringLiteral("profileTab"));
    m_projectsTab->setObjectName(QStringLiteral("projectsTab"));
    m_artifactsTab->setObjectName(QStringLiteral("artifactsTab"));
    m_integrationsTab->setObjectName(QStringLiteral("integrationsTab"));
    view->setAccessibleName(tr("Integrations"));
    m_tabs->addTab(m_projectsTab, tr("Projects"));
    m_tabs->addTab(m_artifactsTab, tr("Latest Artifacts"));
    m_tabs->addTab(m_integrationsTab, tr("My Integrations"));
    m_tabs->setTabToolTip(3, tr("The integrations of the signed-in user"));
    m_tabs->setAccessibleName(tr("User details"));
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailsPane::loadCurrentTab);
    for (PagedTableModel *model :
         std::initializer_list<PagedTableModel *>{ m_projects, m_artifacts, m_integrations }) {
        connect(model, &PagedTableModel::errorOccurred, this, [this, model](const ApiError &error) {
            m_message->showMessage(error.toString(), MessageWidget::Type::Error, tr("Retry"));
            disconnect(m_message, &MessageWidget::actionTriggered, nullptr, nullptr);
            connect(m_message, &MessageWidget::actionTriggered, model, &PagedTableModel::retry);
        });
    }
}

QWidget *DetailsPane::createTableTab(PagedTableModel *model, const QString &emptyText, QTableView **viewOut)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *proxy = new QSortFilterProxyModel(tab);
    proxy->setSourceModel(model);
    proxy->setSortRole(PagedTableModel::SortRole);
    auto *view = new QTableView(tab);
    view->setItemDelegate(new PlainToolTipDelegate(view));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *status = PlainText::label(QString(), tab);
    Theme::setMutedText(status);
    layout->addWidget(view, 1);
    layout->addWidget(status);
    const auto updateStatus = [model, status, emptyText] {
        if (model->isLoading())
            status->setText(tr("Loading…"));
        else if (model->lastError().isError())
            status->setText(model->lastError().title());
        else if (model->rowCount() == 0)
            status->setText(emptyText);
        else if (model->totalCount())
            status->setText(tr("%1 of %2").arg(model->rowCount()).arg(*model->totalCount()));
        else
            status->setText(QString::number(model->rowCount()));
    };
    connect(model, &PagedTableModel::loadingChanged, status, updateStatus);
    connect(model, &PagedTableModel::modelReset, status, updateStatus);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    connect(model, &PagedTableModel::pageLoaded, view, [view](int page) {
        if (page == 1)
            fitColumns(view);
    });
    updateStatus();
    *viewOut = view;
    return tab;
}

void DetailsPane::setActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttonRow);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
        m_actionButtons.append(button);
    }
}

void DetailsPane::syncActionButtons()
{
    // A tool button shows even when its action is hidden; the pane shows what the window offers.
    for (QToolButton *button : std::as_const(m_actionButtons))
        button->setVisible(button->defaultAction() && button->defaultAction()->isVisible());
}

void DetailsPane::setStore(UserStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &UserStore::userChanged, this, &DetailsPane::refreshUser);
        connect(store, &UserStore::userRemoved, this, &DetailsPane::userGone);
        connect(store, &UserStore::signedInAgain, this, &DetailsPane::retryRefused);
    }
    m_integrations->setDirectory(store ? store->directory() : nullptr);
    m_integrationsLoaded = false;
    updateTabVisibility();
    clearUser();
}

void DetailsPane::updateTabVisibility()
{
    const ServiceDescription *description = m_store ? &m_store->description() : nullptr;
    m_tabs->setTabVisible(m_tabs->indexOf(m_projectsTab),
                          description && description->can(Capability::Projects));
    m_tabs->setTabVisible(m_tabs->indexOf(m_artifactsTab),
                          description && description->can(Capability::Artifacts));
    m_tabs->setTabVisible(m_tabs->indexOf(m_integrationsTab),
                          description && description->can(Capability::Integrations));
}

void DetailsPane::clearUser()
{
    if (m_fetch)
        m_fetch->cancel();
    m_user = User();
    m_projects->setUser(nullptr, QString());
    m_artifacts->setUser(nullptr, QString());
    m_message->hideMessage();
    m_loading->hide();
    m_placeholder->setIcon(Theme::icon(QStringLiteral("user-identity")));
    m_placeholder->setTitle(tr("No user selected"));
    m_placeholder->setText(tr("Select a user in the list to see their details."));
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailsPane::setUser(const User &user)
{
    if (!m_store)
        return;
    const bool sameUser = user.id == m_user.id;
    m_user = user;
    showProfile();
    m_stack->setCurrentIndex(1);
    if (sameUser)
        return;
    m_message->hideMessage();
    m_projects->setUser(m_store->directory(), user.id);
    m_artifacts->setUser(m_store->directory(), user.id);
    m_projectsLoaded = m_artifactsLoaded = false;
    loadCurrentTab();
    fetchUser();
}

void DetailsPane::fetchUser()
{
    if (m_fetch)
        m_fetch->cancel();
    m_loading->show();
    // The store announces the full record to every view; only a failure is this pane's own.
    m_fetch = m_store->refresh(m_user.id, this, [this, id = m_user.id](const Result<User> &result) {
        if (id != m_user.id)
            return;
        m_loading->hide();
        if (!result && result.error().kind() != ApiError::Kind::NotFound) {
            m_fetchRefused = result.error().kind() == ApiError::Kind::Unauthorized;
            m_message->showMessage(
                tr("The full record could not be loaded. %1").arg(result.error().toString()),
                MessageWidget::Type::Warning, tr("Retry"));
            disconnect(m_message, &MessageWidget::actionTriggered, nullptr, nullptr);
            connect(m_message, &MessageWidget::actionTriggered, this, &DetailsPane::fetchUser);
        }
    });
}

QString DetailsPane::currentTabName() const
{
    return m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
}

void DetailsPane::showTab(const QString &name)
{
    QWidget *tab = name.isEmpty() ? nullptr : m_tabs->findChild<QWidget *>(name);
    const int index = tab ? m_tabs->indexOf(tab) : -1;
    if (index >= 0 && m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

void DetailsPane::retryRefused()
{
    if (!m_store || m_user.id.isEmpty())
        return;
    bool retried = false;
    for (PagedTableModel *model :
         std::initializer_list<PagedTableModel *>{ m_projects, m_artifacts, m_integrations }) {
        if (model->lastError().kind() == ApiError::Kind::Unauthorized) {
            model->retry();
            retried = true;
        }
    }
    if (m_fetchRefused) {
        m_fetchRefused = false;
        fetchUser();
        retried = true;
    }
    if (retried)
        m_message->hideMessage();
}

void DetailsPane::refreshUser(const User &user)
{
    if (user.id != m_user.id || m_user.id.isEmpty())
        return;
    m_user = mergeUser(m_user, user);
    showProfile();
}

void DetailsPane::userGone(const QString &id)
{
    if (id != m_user.id || id.isEmpty())
        return;
    const QString name = m_user.displayName();
    clearUser();
    m_placeholder->setIcon(Theme::icon(QStringLiteral("user-trash")));
    m_placeholder->setTitle(tr("User deleted"));
    m_placeholder->setText(tr("%1 no longer exists on the server.").arg(name));
}

void DetailsPane::showProfile()
{
    m_title->setText(m_user.displayName());
    QStringList subtitle;
    if (!m_user.email.isEmpty() && m_user.email != m_user.displayName())
        subtitle << m_user.email;
    if (m_user.state != UserState::Unknown)
        subtitle << m_user.value(UserField::State).toString();
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    while (m_profileForm->rowCount() > 0)
        m_profileForm->removeRow(0);
    if (!m_store)
        return;
    const auto addRow = [this](const QString &label, const QString &value) {
        auto *text = PlainText::label(value.isEmpty() ? QStringLiteral("—") : value, m_profileTab);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Only long text wraps: a wrapping label in a form row may be given one line's height.
        text->setWordWrap(value.size() > 60 || value.contains(QLatin1Char('\n')));
        m_profileForm->addRow(label + QLatin1Char(':'), text);
    };
    const QList<UserField> fields = m_store->description().detailFields;
    for (UserField field : fields) {
        const QVariant value = m_user.value(field);
        QString text;
        if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid()) {
            const QDateTime local = value.toDateTime().toLocalTime();
            text = QLocale().toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
                + QLocale().toString(local.time(), QLocale::ShortFormat);
        } else if (value.typeId() == QMetaType::QVariantMap) {
            text = JsonObjectText::format(value.toMap());
        } else if (value.typeId() == QMetaType::Bool) {
            text = value.toBool() ? tr("Yes") : tr("No");
        } else if (field == UserField::Name) {
            text = m_user.displayName();
        } else {
            text = value.toString();
        }
        addRow(UserFields::label(field), text);
        if (field == UserField::JobTitle && !m_user.jobDescription.isEmpty())
            addRow(tr("Job description"), m_user.jobDescription);
    }
    for (const auto &[label, value] : std::as_const(m_user.related))
        addRow(label, value);
}

void DetailsPane::loadCurrentTab()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_projectsTab && !m_projectsLoaded && !m_user.id.isEmpty()) {
        m_projectsLoaded = true;
        m_projects->reload();
    } else if (current == m_artifactsTab && !m_artifactsLoaded && !m_user.id.isEmpty()) {
        m_artifactsLoaded = true;
        m_artifacts->reload();
    } else if (current == m_integrationsTab && !m_integrationsLoaded) {
        m_integrationsLoaded = true;
        m_integrations->reload();
    }
}
