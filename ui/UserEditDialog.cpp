#include "UserEditDialog.h"

#include "A11y.h"
#include "ConflictDialog.h"
#include "FieldRules.h"
#include "JsonText.h"
#include "MessageWidget.h"
#include "PlainText.h"
#include "ScreenFit.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

UserEditDialog::UserEditDialog(Mode mode, UserStore *store, const User &user, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_store(store), m_user(user)
{
    m_minPasswordLength = store ? store->description().minPasswordLength : 0;
    setWindowTitle(mode == Mode::Create ? tr("New User") : tr("Edit %1").arg(user.displayName()));
    setObjectName(mode == Mode::Create ? QStringLiteral("createUserDialog")
                                       : QStringLiteral("editUserDialog"));
    buildForm();
    updateValidity();
    if (store) {
        // A save the server refused for the old credential is sent again, as typed, once the
        // admin has signed in again; the prompt was the only thing in the way.
        connect(store, &UserStore::signedInAgain, this, [this] {
            if (!std::exchange(m_resendAfterSignIn, false) || isSubmitting())
                return;
            accept();
        });
    }
}

UserEditDialog::~UserEditDialog()
{
    if (m_pending)
        m_pending->cancel();
}

void UserEditDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_message = new MessageWidget(this);
    layout->addWidget(m_message);

    auto *intro = PlainText::label(QString(), this);
    intro->setWordWrap(true);
    if (m_mode == Mode::Create) {
        intro->setText(tr("Fields marked * are required."));
    } else {
        // The ID on a line of its own: a long one (a UUID) is never broken at its hyphens.
        intro->setText(tr("Only the fields you change are saved.") + QLatin1Char('\n')
                       + tr("ID: %1").arg(m_user.id));
        intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const QList<FieldSpec> specs = m_store
        ? (m_mode == Mode::Create ? m_store->description().createFields : m_store->description().editFields)
        : QList<FieldSpec>();
    for (const FieldSpec &spec : specs) {
        FieldRow row;
        row.spec = spec;
        row.editor = createEditor(spec);
        row.error = PlainText::label(QString(), this);
        row.error->setObjectName(UserFields::key(spec.field) + QStringLiteral("Error"));
        row.error->setWordWrap(true);
        Theme::setToneText(row.error, Theme::Tone::Error);
        row.error->hide();
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(row.editor);
        if (spec.editor == FieldSpec::Editor::Password && spec.confirm) {
            row.confirm = new QLineEdit(cell);
            row.confirm->setObjectName(UserFields::key(spec.field) + QStringLiteral("Confirm"));
            row.confirm->setEchoMode(QLineEdit::Password);
            row.confirm->setPlaceholderText(tr("Type it again"));
            row.confirm->setAccessibleName(tr("Confirm %1").arg(UserFields::label(spec.field)));
            connect(row.confirm, &QLineEdit::textChanged, this, &UserEditDialog::updateValidity);
            cellLayout->addWidget(row.confirm);
        }
        cellLayout->addWidget(row.error);
        const QString label
            = UserFields::label(spec.field) + (spec.required ? QStringLiteral(" *") : QString());
        m_form->addRow(label + QLatin1Char(':'), cell);
        if (auto *formLabel = qobject_cast<QLabel *>(m_form->labelForField(cell)))
            formLabel->setBuddy(row.editor);
        row.editor->setAccessibleName(UserFields::label(spec.field));
        m_rows.append(row);
        // Edit starts from the server's values, create from the caller's defaults.
        setEditorValue(m_rows.last(),
                       m_mode == Mode::Create && spec.defaultValue.isValid() ? spec.defaultValue
                                                                             : originalValue(spec.field));
    }
    layout->addLayout(m_form);

    m_hint = PlainText::label(QString(), this);
    m_hint->setObjectName(QStringLiteral("validationHint"));
    m_hint->setWordWrap(true);
    Theme::setMutedText(m_hint); // quieter than the form, still 4.5:1
    layout->addWidget(m_hint);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Create ? tr("Create") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
    layout->addWidget(m_buttons);

    setMinimumWidth(460);
}

QWidget *UserEditDialog::createEditor(const FieldSpec &spec)
{
    QWidget *editor = nullptr;
    const auto changed = [this, field = spec.field] {
        for (FieldRow &row : m_rows) {
            if (row.spec.field == field) {
                row.touched = true;
                row.error->hide(); // a server complaint about the old value no longer applies
            }
        }
        updateValidity();
    };
    switch (spec.editor) {
    case FieldSpec::Editor::Choice: {
        auto *combo = new QComboBox(this);
        if (!spec.required)
            combo->addItem(QString());
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        editor = combo;
        break;
    }
    case FieldSpec::Editor::Check: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, changed);
        editor = check;
        break;
    }
    case FieldSpec::Editor::Json: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(100);
        connect(text, &QPlainTextEdit::textChanged, this, changed);
        editor = text;
        break;
    }
    case FieldSpec::Editor::Text:
    case FieldSpec::Editor::Email:
    case FieldSpec::Editor::Password: {
        auto *line = new QLineEdit(this);
        line->setMaxLength(spec.maxLength);
        line->setPlaceholderText(spec.placeholder);
        if (spec.editor != FieldSpec::Editor::Password)
            A11y::enableClearButton(line);
        if (spec.editor == FieldSpec::Editor::Password)
            line->setEchoMode(QLineEdit::Password);
        connect(line, &QLineEdit::textChanged, this, changed);
        editor = line;
        break;
    }
    }
    editor->setObjectName(UserFields::key(spec.field));
    return editor;
}

QVariant UserEditDialog::editorValue(const FieldRow &row) const
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentText();
    if (auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked();
    if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor))
        return JsonObjectText::parse(text->toPlainText()).value;
    if (auto *line = qobject_cast<QLineEdit *>(row.editor))
        return row.spec.editor == FieldSpec::Editor::Password ? line->text() : line->text().trimmed();
    return QVariant();
}

void UserEditDialog::setEditorValue(FieldRow &row, const QVariant &value)
{
    // Setting a value is not an edit by the admin.
    const QSignalBlocker blocker(row.editor);
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const int index = combo->findText(value.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
    } else if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        check->setChecked(value.toBool());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor)) {
        text->setPlainText(JsonObjectText::format(value.toMap()));
    } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        line->setText(value.toString());
    }
    row.touched = false;
}

QVariant UserEditDialog::originalValue(UserField field) const
{
    if (field == UserField::Role)
        return m_user.roles.value(0);
    return m_user.value(field);
}

QWidget *UserEditDialog::editor(UserField field) const
{
    for (const FieldRow &row : m_rows) {
        if (row.spec.field == field)
            return row.editor;
    }
    return nullptr;
}

QString UserEditDialog::fieldError(UserField field) const
{
    for (const FieldRow &row : m_rows) {
        if (row.spec.field == field)
            return row.error->isHidden() ? QString() : row.error->text();
    }
    return QString();
}

UserChanges UserEditDialog::changes() const
{
    UserChanges changes;
    for (const FieldRow &row : m_rows) {
        const QVariant value = editorValue(row);
        const bool empty = value.typeId() == QMetaType::QVariantMap
            ? value.toMap().isEmpty()
            : value.typeId() != QMetaType::Bool && value.toString().isEmpty();
        if (m_mode == Mode::Create) {
            if (!empty)
                changes.insert(row.spec.field, value);
            continue;
        }
        const QVariant original = originalValue(row.spec.field);
        const bool originalEmpty = original.typeId() == QMetaType::QVariantMap
            ? original.toMap().isEmpty()
            : original.typeId() != QMetaType::Bool && original.toString().isEmpty();
        if (value != original && !(empty && originalEmpty))
            changes.insert(row.spec.field, value);
    }
    return changes;
}

QString UserEditDialog::localProblem(const FieldRow &row) const
{
    if (auto *json = qobject_cast<QPlainTextEdit *>(row.editor))
        return FieldRules::problem(row.spec, json->toPlainText());
    const QString text = editorValue(row).toString();
    const QString label = UserFields::label(row.spec.field);
    if (row.confirm && row.confirm->text() != text)
        return row.confirm->text().isEmpty()
            ? tr("Type the %1 again to confirm it.").arg(UserFields::inSentence(label))
            : tr("The two %1 entries do not match.").arg(UserFields::inSentence(label));
    if (row.spec.editor == FieldSpec::Editor::Check)
        return QString(); // a check box is always a yes or a no
    return FieldRules::problem(row.spec, text, m_minPasswordLength);
}

bool UserEditDialog::isInputValid() const
{
    for (const FieldRow &row : m_rows) {
        if (!localProblem(row).isEmpty())
            return false;
    }
    return m_mode == Mode::Create || !changes().isEmpty();
}

void UserEditDialog::updateValidity()
{
    QString hint;
    bool blocked = false;
    for (FieldRow &row : m_rows) {
        const QString problem = localProblem(row);
        if (row.spec.editor == FieldSpec::Editor::Json && row.touched) {
            // Invalid JSON is named right under the editor, with where the parser stopped.
            row.error->setText(problem);
            if (row.error->isHidden() == !problem.isEmpty()) {
                row.error->setVisible(!problem.isEmpty());
                growToFit();
            }
        }
        const bool shownUnderField = row.spec.editor == FieldSpec::Editor::Json && row.touched;
        if (!problem.isEmpty() && hint.isEmpty() && !shownUnderField)
            hint = problem;
        if (!problem.isEmpty())
            blocked = true;
    }
    if (!blocked && m_mode == Mode::Edit && changes().isEmpty()) {
        hint = tr("No changes yet.");
        blocked = true;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocked && !isSubmitting());
}

void UserEditDialog::setSubmitting(bool submitting)
{
    m_progress->setVisible(submitting);
    for (FieldRow &row : m_rows) {
        row.editor->setEnabled(!submitting);
        if (row.confirm)
            row.confirm->setEnabled(!submitting);
    }
    if (submitting)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    else
        updateValidity();
}

void UserEditDialog::setRecoveryKey(const QString &key)
{
    m_recoveryKey = key;
    if (m_mode == Mode::Create && !key.isEmpty())
        m_message->showMessage(
            tr("Re-creating a deleted user: the new user gets a new ID, and no password or "
               "other data from before beyond these fields."),
            MessageWidget::Type::Information);
}

void UserEditDialog::accept()
{
    if (isSubmitting() || !isInputValid() || !m_store)
        return;
    m_message->hideMessage();
    clearFieldErrors();
    submit(changes());
}

void UserEditDialog::submit(const UserChanges &input)
{
    m_pending
        = m_mode == Mode::Create ? m_store->create(input, m_recoveryKey) : m_store->update(m_user, input);
    connect(m_pending, &WriteHandle::finished, this, [this, input](const WriteResult &result) {
        m_pending.clear();
        setSubmitting(false);
        if (result.outcome == WriteResult::Outcome::Conflict)
            resolveConflict(result, input);
        else
            handleResult(result);
    });
    setSubmitting(true);
}

QString UserEditDialog::serverHolds(const User &now) const
{
    QStringList values;
    for (const FieldRow &row : m_rows) {
        if (row.spec.editor == FieldSpec::Editor::Password)
            continue;
        QString value = now.value(row.spec.field).toString();
        if (row.spec.field == UserField::Metadata)
            value = JsonObjectText::format(now.metadata).simplified();
        values << tr("%1: %2").arg(UserFields::label(row.spec.field),
                                   value.isEmpty() ? tr("(empty)") : value);
    }
    return values.join(QStringLiteral("; "));
}

void UserEditDialog::handleResult(const WriteResult &result)
{
    if (result.succeeded()) {
        Q_EMIT userSaved(result.user);
        QDialog::accept();
        return;
    }
    const ApiError &error = result.error;
    if (result.outcome == WriteResult::Outcome::Unknown) {
        // No answer came: say so, show what the server holds now, keep what was typed, and
        // compare any further save against the server's copy.
        QString text = tr("The server may or may not have applied this change (%1).").arg(error.message());
        if (result.user.isValid()) {
            m_user = result.user;
            text += QLatin1Char(' ') + tr("It now holds: %1.").arg(serverHolds(result.user));
        } else if (m_mode == Mode::Create) {
            text += QLatin1Char(' ') + tr("Refresh the list before creating the user again.");
        }
        m_message->showMessage(text, MessageWidget::Type::Warning);
        updateValidity();
        growToFit();
        return;
    }
    m_resendAfterSignIn = error.kind() == ApiError::Kind::Unauthorized;
    m_message->showMessage(error.toString(), MessageWidget::Type::Error);
    bool known = false;
    const UserField field = UserFields::fromKey(error.field(), &known);
    if (known)
        showFieldError(field, error.message());
    growToFit();
}

void UserEditDialog::resolveConflict(const WriteResult &result, const UserChanges &sent)
{
    auto *conflict = new ConflictDialog(m_user, result.user, sent, result.conflicts, this);
    conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(conflict, &QDialog::finished, this, [this, conflict, theirs = result.user](int code) {
        // From here on the server's copy is what the dialog compares against.
        m_user = theirs;
        const QList<UserField> keptTheirs = conflict->keptTheirs();
        for (FieldRow &row : m_rows) {
            if (code != QDialog::Accepted || keptTheirs.contains(row.spec.field))
                setEditorValue(row, originalValue(row.spec.field));
        }
        if (code != QDialog::Accepted) {
            m_message->showMessage(tr("Nothing was saved. The form now shows the values on the server."),
                                   MessageWidget::Type::Information);
            updateValidity();
            return;
        }
        const UserChanges resolved = conflict->resolvedChanges();
        updateValidity();
        if (resolved.isEmpty()) {
            m_message->showMessage(tr("Nothing to save: the server's values were kept."),
                                   MessageWidget::Type::Information);
            return;
        }
        submit(resolved);
    });
    conflict->open();
}

void UserEditDialog::growToFit()
{
    // A server message or a field's error appeared: grow rather than squeeze or clip it; never
    // shrink what the admin sized.
    layout()->activate();
    const QSize wanted = sizeHint();
    ScreenFit::resize(this, QSize(qMax(width(), wanted.width()), qMax(height(), wanted.height())));
}

void UserEditDialog::reject()
{
    if (m_pending) {
        // Closing while saving cancels the request; if it had left, the store reads the user
        // back and every view shows what the server holds, so nothing is guessed.
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->cancel();
        m_pending.clear();
    }
    QDialog::reject();
}

void UserEditDialog::showFieldError(UserField field, const QString &text)
{
    for (FieldRow &row : m_rows) {
        if (row.spec.field == field) {
            row.error->setText(text);
            row.error->show();
            row.editor->setFocus();
        }
    }
}

void UserEditDialog::clearFieldErrors()
{
    for (FieldRow &row : m_rows)
        row.error->hide();
}
