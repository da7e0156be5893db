#include "ChangePasswordDialog.h"

#include "MessageWidget.h"
#include "PlainText.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(UserStore *store, const User &user, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_user(user),
      m_message(new MessageWidget(this)),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_hint(PlainText::label(QString(), this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_minLength = store ? store->description().minPasswordLength : 0;
    setWindowTitle(tr("Change Password of %1").arg(user.displayName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    auto *form = new QFormLayout;
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("passwordConfirm"));
    for (QLineEdit *edit : { m_password, m_confirm }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateValidity);
    }
    m_password->setAccessibleName(tr("New password"));
    m_confirm->setAccessibleName(tr("Confirm new password"));
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Confirm:"), m_confirm);
    layout->addLayout(form);
    Theme::setMutedText(m_hint);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateValidity();
    if (store) {
        // Refused for the old credential: sent again once the admin has signed in again.
        connect(store, &UserStore::signedInAgain, this, [this] {
            if (std::exchange(m_resendAfterSignIn, false) && !m_pending)
                accept();
        });
    }
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    if (m_pending)
        m_pending->cancel();
}

bool ChangePasswordDialog::isInputValid() const
{
    return !m_password->text().isEmpty() && m_password->text().size() >= m_minLength
        && m_password->text() == m_confirm->text();
}

void ChangePasswordDialog::updateValidity()
{
    QString hint;
    if (m_password->text().isEmpty())
        hint = tr("Type the new password twice.");
    else if (m_password->text().size() < m_minLength)
        hint = tr("The password must have at least %n character(s).", nullptr, m_minLength);
    else if (m_confirm->text().isEmpty())
        hint = tr("Type the password again to confirm it.");
    else if (m_password->text() != m_confirm->text())
        hint = tr("The two entries do not match.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty() && !m_pending);
}

void ChangePasswordDialog::accept()
{
    if (m_pending || !isInputValid() || !m_store)
        return;
    m_message->hideMessage();
    m_progress->show();
    m_password->setEnabled(false);
    m_confirm->setEnabled(false);
    m_pending = m_store->changePassword(m_user, m_password->text());
    connect(m_pending, &WriteHandle::finished, this, [this](const WriteResult &result) {
        m_pending.clear();
        m_progress->hide();
        m_password->setEnabled(true);
        m_confirm->setEnabled(true);
        updateValidity();
        if (result.outcome == WriteResult::Outcome::Unknown) {
            m_message->showMessage(tr("The password may or may not have been changed (%1). Both entries are "
                                      "kept: change it again to be sure.")
                                       .arg(result.error.message()),
                                   MessageWidget::Type::Warning);
            return;
        }
        if (!result.succeeded()) {
            m_resendAfterSignIn = result.error.kind() == ApiError::Kind::Unauthorized;
            m_message->showMessage(result.error.toString(), MessageWidget::Type::Error);
            m_password->setFocus();
            return;
        }
        Q_EMIT passwordChanged(m_user);
        QDialog::accept();
    });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void ChangePasswordDialog::reject()
{
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->cancel();
    }
    QDialog::reject();
}
