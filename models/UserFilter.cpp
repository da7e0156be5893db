#include "UserFilter.h"

UserFilter::UserFilter(const QString &text) : m_needle(fold(text.trimmed())) { }

QString UserFilter::fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

void UserFilter::appendFolded(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80) {
            out.resize(start);
            out.append(fold(text.toString()).toUtf8());
            return;
        }
        *to++ = char(unit >= 'A' && unit <= 'Z' ? unit + ('a' - 'A') : unit);
    }
}

bool UserFilter::matches(const QString &haystack) const
{
    return m_needle.isEmpty() || fold(haystack).contains(m_needle);
}

bool UserFilter::narrows(const UserFilter &other) const
{
    return !other.isEmpty() && m_needle.contains(other.m_needle);
}
