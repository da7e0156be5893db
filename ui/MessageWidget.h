#pragma once

#include "Theme.h"

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
    // The tint behind the text, derived from the palette (the text keeps 4.5:1 on it).
    QColor backgroundColor() const;

protected:
    void paintEvent(QPaintEvent *event) override;

Q_SIGNALS:
    void actionTriggered();

private:
    Theme::Tone tone() const;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Type m_type = Type::Information;
};
