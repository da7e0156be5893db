#pragma once

class QAction;
class QLineEdit;

// Small accessibility helpers for the controls Qt builds for us.
namespace A11y {

// Turns on the line edit's clear button and names it, so a screen reader says "Clear" rather than
// "button" (Qt gives the button an icon only).
void enableClearButton(QLineEdit *edit);

} // namespace A11y
