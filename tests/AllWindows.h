#pragma once

// Every window and dialog of the app, built as the app builds them, for the tests that walk them
// all (accessible names, tab order, colours, fit at 1024×640): the main window signed in to the
// Org App stand-in with a user selected (details pane, side windows and the activity dock open),
// the connection settings, the credential prompt, the user dialogs over REST v1 and Papr
// stand-ins, the bulk, import, export and conflict dialogs.

#include "BatchCreateDialog.h"
#include "BulkOperation.h"
#include "BulkProgressDialog.h"
#include "ChangePasswordDialog.h"
#include "ConflictDialog.h"
#include "CredentialDialog.h"
#include "DetailsPane.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "OrgAppService.h"
#include "SettingsDialog.h"
#include "StoreStand.h"
#include "UserEditDialog.h"
#include "UserExportJob.h"
#include "UserTableModel.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QTableView>
#include <QTest>
#include <memory>
#include <vector>

struct AllWindows {
    WindowFixture fixture;
    StoreStand rest{ RestV1Service::serviceKind() };
    StoreStand papr{ PaprService::serviceKind() };
    std::vector<std::unique_ptr<QWidget>> owned;
    QList<std::pair<QString, QWidget *>> windows;

    ConnectionProfile orgProfile() const
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("org");
        profile.name = QStringLiteral("Aurora");
        profile.baseUrl = fixture.server.baseUrl();
        profile.serviceKind = QStringLiteral("org-app");
        profile.organization = OrgAppService::defaultOrg();
        profile.pageSize = 50;
        return profile;
    }

    MainWindow *mainWindow() const { return fixture.window.get(); }

    // The main window signed in, with the first user selected and their details shown.
    bool openMainWindow()
    {
        fixture.addService<OrgAppService>();
        fixture.settings.saveProfile(orgProfile());
        mainWindow()->openProfile(orgProfile(), OrgAppService::defaultToken());
        if (!QTest::qWaitFor([this] { return mainWindow()->userModel()->rowCount() > 0; }, 10000))
            return false;
        mainWindow()->userView()->selectRow(0);
        return QTest::qWaitFor([this] { return !mainWindow()->detailsPane()->userId().isEmpty(); }, 5000);
    }

    template<typename Dialog> Dialog *add(const QString &name, Dialog *dialog)
    {
        owned.emplace_back(dialog);
        windows.append({ name, dialog });
        return dialog;
    }

    // Builds and shows them all; false when the main window could not sign in.
    bool openAll()
    {
        if (!openMainWindow())
            return false;
        MainWindow *window = mainWindow();
        windows.append({ QStringLiteral("MainWindow"), window });
        window->action(QStringLiteral("activityAction"))->setChecked(true);
        window->action(QStringLiteral("historyAction"))->trigger();
        window->action(QStringLiteral("recentlyDeletedAction"))->trigger();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != window && top->isVisible() && top->parentWidget() == window && top->isWindow())
                windows.append({ QString::fromLatin1(top->metaObject()->className()), top });
        }

        auto *settings
            = add(QStringLiteral("SettingsDialog"), new SettingsDialog(&fixture.settings, orgProfile().id));
        Q_UNUSED(settings)
        add(QStringLiteral("CredentialDialog"),
            new CredentialDialog(QStringLiteral("Aurora"), QStringLiteral("API token"),
                                 QStringLiteral("The server refused the saved token."), true));
        const User someone = rest.users.value(0);
        add(QStringLiteral("UserEditDialog(create)"),
            new UserEditDialog(UserEditDialog::Mode::Create, rest.store.get(), User()));
        add(QStringLiteral("UserEditDialog(edit)"),
            new UserEditDialog(UserEditDialog::Mode::Edit, rest.store.get(), someone));
        add(QStringLiteral("ChangePasswordDialog"), new ChangePasswordDialog(rest.store.get(), someone));
        add(QStringLiteral("BatchCreateDialog"), new BatchCreateDialog(papr.store.get()));
        User theirs = someone;
        theirs.name = QStringLiteral("Their Name");
        UserChanges yours{ { UserField::Name, QStringLiteral("Your Name") } };
        add(QStringLiteral("ConflictDialog"),
            new ConflictDialog(someone, theirs, yours,
                               { FieldConflict{ UserField::Name, someone.name, theirs.name,
                                                QStringLiteral("Your Name") } }));
        auto *operation
            = BulkOperation::changeRole(rest.store.get(), rest.users.mid(0, 3), QStringLiteral("viewer"));
        auto *progress = add(QStringLiteral("BulkProgressDialog"),
                             new BulkProgressDialog(operation, QStringLiteral("Changing roles")));
        operation->setParent(progress);
        ExportSource source;
        source.columns = { UserField::Name, UserField::Email, UserField::Role };
        const QList<User> users = rest.users;
        source.rowCount = [users] { return int(users.size()); };
        source.userAt = [users](int row) { return users.at(row); };
        add(QStringLiteral("ExportDialog"), new ExportDialog(source));
        add(QStringLiteral("ImportDialog"), new ImportDialog(rest.store.get(), rest.users));
        for (const auto &[name, widget] : std::as_const(windows)) {
            if (widget != window && !widget->isVisible())
                widget->show();
        }
        return true;
    }
};
