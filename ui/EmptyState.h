#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// What a list shows when it has nothing to show: an icon, a title and a sentence saying what
// will appear here and why, centred, in the palette's muted text colour. Buttons (say "Clear
// Filters") can be added below the sentence.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    EmptyState(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    QString title() const;
    QString text() const;
    void addButton(QWidget *button);

private:
    QLabel *m_picture;
    QLabel *m_title;
    QLabel *m_text;
    QVBoxLayout *m_column;
};
