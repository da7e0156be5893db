#include "CredentialDialog.h"

#include "TextSafety.h"
#include "Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

CredentialDialog::CredentialDialog(const QString &connectionName, const QString &credentialLabel,
                                   const QString &reason, bool canRemember, QWidget *parent)
    : QDialog(parent),
      m_secret(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Sign in to %1").arg(connectionName));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    // The reason can carry the server's own words (a failed sign-in): never rich text.
    auto *why = new QLabel(reason, this);
    why->setObjectName(QStringLiteral("reason"));
    why->setTextFormat(Qt::PlainText);
    why->setWordWrap(true);
    layout->addWidget(why);

    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(credentialLabel);
    auto *reveal
        = m_secret->addAction(Theme::icon(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show the credential"));
    reveal->setToolTip(tr("Show the credential (Ctrl+Shift+S)"));
    // The eye is not in the tab order; the keyboard reveals with the shortcut.
    reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    reveal->setShortcutContext(Qt::WidgetShortcut);
    connect(reveal, &QAction::toggled, m_secret,
            [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    auto *form = new QFormLayout;
    form->addRow(credentialLabel + QLatin1Char(':'), m_secret);
    layout->addLayout(form);

    m_remember->setChecked(canRemember);
    m_remember->setEnabled(canRemember);
    if (!canRemember)
        m_remember->setToolTip(
            tr("Kept in memory for this run only: there is no keychain, or this connection is not saved."));
    layout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign In"));
    m_ok->setEnabled(false);
    auto *problem
        = new QLabel(tr("The credential must not contain line breaks or other control characters."), this);
    problem->setObjectName(QStringLiteral("credentialProblem"));
    problem->setWordWrap(true);
    problem->hide();
    layout->insertWidget(layout->count() - 1, problem);
    connect(m_secret, &QLineEdit::textChanged, this, [this, problem](const QString &text) {
        // A pasted line break would end up in an HTTP header.
        const bool unsafe = containsControlCharacters(text);
        problem->setVisible(unsafe);
        m_ok->setEnabled(!text.isEmpty() && !unsafe);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString CredentialDialog::credential() const
{
    return m_secret->text();
}
bool CredentialDialog::remember() const
{
    return m_remember->isChecked();
}
