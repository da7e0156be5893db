#pragma once

#include <QString>
#include <algorithm>

// Whether text holds a character that could break out of an HTTP header line or a one-line
// field: C0 controls (tab included), DEL, and the Unicode line and paragraph separators. Values
// that go into headers (organization, credential, username, ids) are refused when it does.
inline bool containsControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t unit = c.unicode();
        return unit < 0x20 || unit == 0x7f || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph;
    });
}
