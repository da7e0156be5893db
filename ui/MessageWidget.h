#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

// An inline message above a form or a table (KeePassXC's MessageWidget): errors stay where the
// admin is looking, without a modal box, and never take the input away.
class MessageWidget : public QFrame {
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    // With a button (for example "Retry") that emits actionTriggered().
    void showMessage(const QString &text, Type type, const QString &actionText);
    void hideMessage();

    QString text() const;
    Type type() const { return m_type; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Type m_type = Type::Information;
};
