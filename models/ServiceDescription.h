#pragma once

#include "User.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a connected service can do. ui/ shows exactly these actions, columns and fields.
enum class Capability {
    CreateUser = 1 << 0,
    UpdateUser = 1 << 1,
    DeleteUser = 1 << 2,
    ToggleState = 1 << 3,
    BatchCreate = 1 << 4,
    Projects = 1 << 5,
    Artifacts = 1 << 6,
    Integrations = 1 << 7,
    ChangePassword = 1 << 8,
    ServerSearch = 1 << 9,
    RoleFilter = 1 << 10,
    StateFilter = 1 << 11,
    ExactTotal = 1 << 12,
    CurrentUser = 1 << 13,
    DeleteByExternalId = 1 << 14,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// One input of a create or edit form.
struct FieldSpec {
    enum class Editor { Text, Email, Choice, Password, Json, Check };

    UserField field = UserField::Name;
    Editor editor = Editor::Text;
    bool required = false;
    QStringList choices; // for Editor::Choice
    int maxLength = 256;
    QString placeholder;
    bool confirm = false; // for Editor::Password: typed twice
    QVariant defaultValue; // what a create form starts with (the least privilege, where it matters)

    // FieldSpec::of(UserField::Email, Editor::Email).withRequired().withPlaceholder(...)
    static FieldSpec of(UserField field, Editor editor)
    {
        FieldSpec spec;
        spec.field = field;
        spec.editor = editor;
        return spec;
    }
    FieldSpec withRequired() const
    {
        return with([](FieldSpec &s) { s.required = true; });
    }
    FieldSpec withChoices(const QStringList &list) const
    {
        return with([&](FieldSpec &s) { s.choices = list; });
    }
    FieldSpec withMaxLength(int length) const
    {
        return with([&](FieldSpec &s) { s.maxLength = length; });
    }
    FieldSpec withPlaceholder(const QString &text) const
    {
        return with([&](FieldSpec &s) { s.placeholder = text; });
    }
    FieldSpec withConfirmation() const
    {
        return with([](FieldSpec &s) { s.confirm = true; });
    }
    FieldSpec withDefault(const QVariant &value) const
    {
        return with([&](FieldSpec &s) { s.defaultValue = value; });
    }

private:
    template<typename Change> FieldSpec with(Change change) const
    {
        FieldSpec copy = *this;
        change(copy);
        return copy;
    }
};

struct ServiceDescription {
    Capabilities capabilities;
    QList<UserField> columns; // the user table's columns, in order
    QList<UserField> detailFields; // the profile tab of the details pane
    QList<FieldSpec> createFields;
    QList<FieldSpec> editFields;
    QStringList roles;
    QList<UserState> states; // the states a user can be put in, for filters and toggles
    // The filter bar's inputs besides the search box (role, state, email, external id, ...),
    // all applied by the server. A State filter's choices are UserStates keys.
    QList<FieldSpec> filterFields;
    int minPasswordLength = 0; // for Capability::ChangePassword and password fields

    bool can(Capability capability) const { return capabilities.testFlag(capability); }
};
