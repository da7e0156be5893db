// The paged user table under QAbstractItemModelTester, which stays alive for each whole test.

#include "FakeUserDirectory.h"
#include "RecordTableModels.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class UserTableModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsFollowTheDescription();
    void reloadLoadsFirstPage();
    void fetchMorePagesToTheEnd();
    void noFetchWhileLoading();
    void errorStopsPagingUntilRetry();
    void reloadCancelsThePendingPage();
    void loadAllKeepsTheConnectionsPagesInFlight_data();
    void loadAllKeepsTheConnectionsPagesInFlight();
    void staleAnswerIgnoredAfterReset_data();
    void staleAnswerIgnoredAfterReset();
    void resetLeavesNoPageRequestBehind();
    void totalAbsentWhenServiceDoesNotCount();
    void partialAnswerMergesIntoRow();
    void addAndRemoveAdjustTotal();
    void sortRoleGivesValues();
    void projectsPage();
    void artifactsAndIntegrations();

private:
    void loadFirstPage();

    std::unique_ptr<FakeUserDirectory> m_directory;
    std::unique_ptr<UserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void UserTableModelTest::init()
{
    m_directory = std::make_unique<FakeUserDirectory>(120);
    m_model = std::make_unique<UserTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setDirectory(m_directory.get());
    UserQuery query;
    query.pageSize = 50;
    m_model->setQuery(query);
}

void UserTableModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_directory.reset();
}

void UserTableModelTest::loadFirstPage()
{
    QSignalSpy loaded(m_model.get(), &PagedTableModel::pageLoaded);
    m_model->reload();
    QVERIFY(loaded.wait());
}

void UserTableModelTest::columnsFollowTheDescription()
{
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("State"));
    QCOMPARE(m_model->columnOf(UserField::Email), 1);
    m_directory->mutableDescription().columns = { UserField::Email };
    m_model->setDirectory(m_directory.get());
    QCOMPARE(m_model->columnCount(), 1);
}

void UserTableModelTest::reloadLoadsFirstPage()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // nothing before the first reload
    loadFirstPage();
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->totalCount(), std::optional<qint64>(120));
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("User 0"));
    QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("user0@example.com"));
    QCOMPARE(m_model->index(0, 3).data().toString(), QStringLiteral("Inactive"));
    QCOMPARE(m_model->index(1, 0).data(UserTableModel::UserIdRole).toString(), QStringLiteral("u0001"));
    QCOMPARE(m_directory->queries.last().page, 1);
    QCOMPARE(m_directory->queries.last().pageSize, 50);
}

void UserTableModelTest::fetchMorePagesToTheEnd()
{
    loadFirstPage();
    QSignalSpy loaded(m_model.get(), &PagedTableModel::pageLoaded);
    QVERIFY(m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex());
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(m_directory->queries.last().page, 2);
    m_model->fetchMore(QModelIndex());
    QVERIFY(loaded.wait());
    QCOMPARE(m_model->rowCount(), 120);
    QVERIFY(!m_model->canFetchMore(QModelIndex())); // after the last page
    QCOMPARE(m_model->rowOfUser(QStringLiteral("u0119")), 119);
}

void UserTableModelTest::noFetchWhileLoading()
{
    m_directory->holdAnswers = true;
    QSignalSpy loading(m_model.get(), &PagedTableModel::loadingChanged);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    m_model->fetchMore(QModelIndex()); // ignored
    QCOMPARE(m_directory->calls, 1);
    QCOMPARE(m_directory->heldCount(), 1);
    m_directory->holdAnswers = false;
    m_directory->release();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY(m_model->canFetchMore(QModelIndex()));
}

void UserTableModelTest::errorStopsPagingUntilRetry()
{
    loadFirstPage();
    QSignalSpy errors(m_model.get(), &PagedTableModel::errorOccurred);
    m_directory->failNext = ApiError(ApiError::Kind::ServerError, QStringLiteral("boom"), 500);
    m_model->fetchMore(QModelIndex());
    QVERIFY(errors.wait());
    QCOMPARE(m_model->lastError().kind(), ApiError::Kind::ServerError);
    QCOMPARE(m_model->rowCount(), 50); // the rows already loaded stay
    QVERIFY(!m_model->canFetchMore(QModelIndex()));
    QSignalSpy loaded(m_model.get(), &PagedTableModel::pageLoaded);
    m_model->retry();
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toInt(), 2);
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(!m_model->lastError().isError());
}

void UserTableModelTest::reloadCancelsThePendingPage()
{
    // The directory keeps its promise here: a canceled call is never answered. The model's part
    // is to cancel the page it no longer wants.
    m_directory->holdAnswers = true;
    m_model->reload();
    m_model->reload();
    QCOMPARE(m_directory->cancels, 1);
    QCOMPARE(m_directory->heldCount(), 2);
    QSignalSpy loaded(m_model.get(), &PagedTableModel::pageLoaded);
    m_directory->release();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_model->rowCount(), 50);
    QVERIFY(!m_model->isLoading());
}

void UserTableModelTest::loadAllKeepsTheConnectionsPagesInFlight_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("inFlight");
    QTest::newRow("default") << 0 << int(PagedTableModel::DefaultPagesInFlight);
    QTest::newRow("one at a time") << 1 << 1;
    QTest::newRow("six") << 6 << 6;
    QTest::newRow("more than allowed") << 40 << 16;
}

void UserTableModelTest::loadAllKeepsTheConnectionsPagesInFlight()
{
    QFETCH(int, requested);
    QFETCH(int, inFlight);
    m_directory = std::make_unique<FakeUserDirectory>(1000);
    m_model->setDirectory(m_directory.get());
    UserQuery query;
    query.pageSize = 10;
    m_model->setQuery(query);
    if (requested > 0)
        m_model->setPagesInFlight(requested);
    m_directory->holdAnswers = true;
    m_model->reload();
    QVERIFY(m_directory->releaseAt(0));
    m_model->loadAll();
    QCOMPARE(m_directory->heldCount(), 1); // the batch's first page goes alone
    int most = 0;
    while (m_directory->heldCount() > 0) {
        QVERIFY(m_directory->releaseAt(0));
        most = qMax(most, m_directory->heldCount());
        QVERIFY(m_directory->heldCount() <= inFlight);
    }
    QCOMPARE(most, inFlight);
    QCOMPARE(m_model->rowCount(), 1000);
}

void UserTableModelTest::staleAnswerIgnoredAfterReset_data()
{
    // How the list is reset while a page is on its way, whether the stale answer comes before or
    // after the new list's, and whether it is a page or a failure.
    QTest::addColumn<bool>("newQuery");
    QTest::addColumn<bool>("staleFirst");
    QTest::addColumn<bool>("staleFails");
    QTest::newRow("reload, stale page late") << false << false << false;
    QTest::newRow("reload, stale page early") << false << true << false;
    QTest::newRow("new query, stale page late") << true << false << false;
    QTest::newRow("new query, stale page early") << true << true << false;
    QTest::newRow("reload, stale failure late") << false << false << true;
    QTest::newRow("new query, stale failure early") << true << true << true;
}

void UserTableModelTest::staleAnswerIgnoredAfterReset()
{
    QFETCH(bool, newQuery);
    QFETCH(bool, staleFirst);
    QFETCH(bool, staleFails);
    // The directory breaks its cancel() promise, so only the model's own check keeps an answer
    // for a list that has been reset out of the rows.
    m_directory->deliverCanceledAnswers = true;
    m_directory->holdAnswers = true;
    if (staleFails)
        m_directory->failNext = ApiError(ApiError::Kind::ServerError, QStringLiteral("stale"), 500);
    m_model->reload();
    QCOMPARE(m_directory->heldCount(), 1);
    if (newQuery) {
        UserQuery query = m_model->query();
        query.search = QStringLiteral("User 11");
        m_model->setQuery(query);
    }
    m_model->reload();
    QCOMPARE(m_directory->heldCount(), 2);
    QCOMPARE(m_directory->cancels, 1);

    QSignalSpy loaded(m_model.get(), &PagedTableModel::pageLoaded);
    QSignalSpy errors(m_model.get(), &PagedTableModel::errorOccurred);
    if (staleFirst) {
        QVERIFY(m_directory->releaseAt(0));
        QCOMPARE(m_model->rowCount(), 0); // the stale page did not land
        QVERIFY(m_model->isLoading()); // and the new list still waits for its own
        QVERIFY(m_directory->releaseAt(0));
    } else {
        m_directory->releaseReversed();
    }
    QCOMPARE(m_directory->heldCount(), 0);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().toInt(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY(!m_model->lastError().isError());
    QVERIFY(!m_model->isLoading());
    if (newQuery) {
        QCOMPARE(m_model->rowCount(), 11); // "User 11", "User 110".."User 119"
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->index(row, 0).data().toString().startsWith(QStringLiteral("User 11")));
    } else {
        QCOMPARE(m_model->rowCount(), 50);
        QCOMPARE(m_model->userAt(49).id, QStringLiteral("u0049"));
    }
    QCOMPARE(m_model->totalCount(), std::optional<qint64>(newQuery ? 11 : 120));
}

void UserTableModelTest::resetLeavesNoPageRequestBehind()
{
    // A reload after a page has loaded resets the rows. Whoever reacts to the reset at once and
    // asks for more (QAbstractItemModelTester does; a proxy or view may) must not start a
    // request for the old list's next page that the reload then leaves running.
    loadFirstPage();
    m_directory->holdAnswers = true;
    m_model->reload();
    QCOMPARE(m_directory->heldCount(), 1);
    QCOMPARE(m_directory->queries.last().page, 1);
}

void UserTableModelTest::totalAbsentWhenServiceDoesNotCount()
{
    m_directory->reportTotal = false;
    loadFirstPage();
    QVERIFY(!m_model->totalCount());
    QVERIFY(m_model->canFetchMore(QModelIndex()));
}

void UserTableModelTest::partialAnswerMergesIntoRow()
{
    loadFirstPage();
    User partial; // as an activation answers: id and state, nothing else said
    partial.id = QStringLiteral("u0003");
    partial.state = UserState::Inactive;
    partial.present = { UserField::Id, UserField::State };
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateUser(partial));
    QCOMPARE(changed.count(), 1);
    const User &merged = m_model->userAt(3);
    QCOMPARE(merged.state, UserState::Inactive);
    QCOMPARE(merged.name, QStringLiteral("User 3"));
    QCOMPARE(merged.email, QStringLiteral("user3@example.com"));
    User unknown;
    unknown.id = QStringLiteral("nobody");
    QVERIFY(!m_model->updateUser(unknown));
}

void UserTableModelTest::addAndRemoveAdjustTotal()
{
    loadFirstPage();
    User created = FakeUserDirectory::makeUser(500);
    m_model->addUsers({ created });
    QCOMPARE(m_model->rowCount(), 51);
    QCOMPARE(m_model->totalCount(), std::optional<qint64>(121));
    QCOMPARE(m_model->rowOfUser(created.id), 50);
    m_model->removeUser(QStringLiteral("u0002"));
    QCOMPARE(m_model->rowCount(), 50);
    QCOMPARE(m_model->totalCount(), std::optional<qint64>(120));
    QCOMPARE(m_model->rowOfUser(QStringLiteral("u0003")), 2); // indexes follow the removal
    QCOMPARE(m_model->rowOfUser(created.id), 49);
}

void UserTableModelTest::sortRoleGivesValues()
{
    loadFirstPage();
    const QVariant created = m_model->index(2, 4).data(PagedTableModel::SortRole);
    QCOMPARE(created.typeId(), QMetaType::QDateTime);
    QVERIFY(created.toDateTime() < m_model->index(3, 4).data(PagedTableModel::SortRole).toDateTime());
}

void UserTableModelTest::projectsPage()
{
    for (int i = 0; i < 27; ++i) {
        Project project;
        project.id = QStringLiteral("p%1").arg(i);
        project.name = QStringLiteral("Project %1").arg(i);
        project.deadline = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addDays(i);
        project.memberCount = i;
        project.pinned = i == 0;
        m_directory->projects[QStringLiteral("u0001")].append(project);
    }
    ProjectTableModel projects;
    QAbstractItemModelTester tester(&projects, QAbstractItemModelTester::FailureReportingMode::Fatal);
    projects.setUser(m_directory.get(), QStringLiteral("u0001"));
    QSignalSpy loaded(&projects, &PagedTableModel::pageLoaded);
    projects.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(projects.rowCount(), 20);
    QCOMPARE(projects.columnCount(), int(ProjectTableModel::ColumnCount));
    QCOMPARE(projects.index(0, ProjectTableModel::Pinned).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(projects.index(3, ProjectTableModel::Members).data().toInt(), 3);
    QVERIFY(projects.canFetchMore(QModelIndex()));
    projects.fetchMore(QModelIndex());
    QVERIFY(loaded.wait());
    QCOMPARE(projects.rowCount(), 27);
    QVERIFY(!projects.canFetchMore(QModelIndex()));
    projects.setUser(m_directory.get(), QStringLiteral("u0002")); // another user: empty until reloaded
    QCOMPARE(projects.rowCount(), 0);
}

void UserTableModelTest::artifactsAndIntegrations()
{
    Artifact artifact;
    artifact.name = QStringLiteral("Q1 Support Summary");
    artifact.ingestStatus = QStringLiteral("Done");
    m_directory->artifacts[QStringLiteral("u0001")] = { artifact };
    ArtifactTableModel artifacts;
    QAbstractItemModelTester artifactTester(&artifacts,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    artifacts.setUser(m_directory.get(), QStringLiteral("u0001"));
    QSignalSpy artifactsLoaded(&artifacts, &PagedTableModel::pageLoaded);
    artifacts.reload();
    QVERIFY(artifactsLoaded.wait());
    QCOMPARE(artifacts.rowCount(), 1);
    QCOMPARE(artifacts.index(0, ArtifactTableModel::IngestStatus).data().toString(), QStringLiteral("Done"));
    QVERIFY(!artifacts.canFetchMore(QModelIndex()));

    Integration integration;
    integration.type = QStringLiteral("Confluence");
    m_directory->integrationList = { integration, integration };
    IntegrationTableModel integrations;
    QAbstractItemModelTester integrationTester(&integrations,
                                               QAbstractItemModelTester::FailureReportingMode::Fatal);
    integrations.setDirectory(m_directory.get());
    QSignalSpy integrationsLoaded(&integrations, &PagedTableModel::pageLoaded);
    integrations.reload();
    QVERIFY(integrationsLoaded.wait());
    QCOMPARE(integrations.rowCount(), 2);
    QCOMPARE(integrations.index(1, IntegrationTableModel::Type).data().toString(),
             QStringLiteral("Confluence"));
}

QTEST_GUILESS_MAIN(UserTableModelTest)
#include "tst_usertablemodel.moc"
