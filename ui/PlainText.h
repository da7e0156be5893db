#pragma once

#include <QStyledItemDelegate>

class QLabel;

// Server text is shown as text, never as markup: a user who names themselves
// "<h1>SESSION EXPIRED</h1><a href=...>" must not be able to forge messages in the admin's
// window. QLabel and QToolTip guess the format (Qt::mightBeRichText), so every label that can
// hold remote data is made plain, and tooltips are escaped before they are shown.
namespace PlainText {
// A label that shows `text` literally, selectable so it can be copied.
QLabel *label(const QString &text, QWidget *parent);
// Makes an existing label show its text literally.
void apply(QLabel *label);
// `text` as a tooltip that QToolTip shows literally (escaped, with its line breaks kept).
QString toolTip(const QString &text);
} // namespace PlainText

// The delegate of every item view that can show server text: tooltips from the model are
// shown literally (display text is always drawn as plain text by the views).
class PlainToolTipDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
