#include "UserFilter.h"

#include <cstring>
#include <vector>

UserFilter::UserFilter(const QString &text) : m_needle(fold(text.trimmed())) { }

QString UserFilter::fold(const QString &text)
{
    QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    decomposed.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return decomposed;
}

namespace {
// fold() of each character of the Basic Multilingual Plane on its own, as UTF-8, made the first
// time the character is met. Folding works character by character (decomposing, case folding
// and dropping non-spacing marks never look at a neighbour), so the fold of a text is the
// concatenation of its characters' folds, read from here instead of recomputed for each name.
class FoldTable {
public:
    QByteArrayView at(char16_t unit)
    {
        quint32 &entry = m_index[unit];
        if (entry == 0) {
            const QByteArray folded = UserFilter::fold(QString(QChar(unit))).toUtf8();
            entry = quint32(m_bytes.size()) << 8 | quint32(folded.size());
            m_bytes.append(folded);
        }
        return QByteArrayView(m_bytes.constData() + (entry >> 8), qsizetype(entry & 0xff));
    }

private:
    std::vector<quint32> m_index = std::vector<quint32>(0x10000, 0); // offset << 8 | size; 0: not yet
    QByteArray m_bytes = QByteArray(1, '\0'); // offset 0 is never an entry's
};
} // namespace

void UserFilter::appendFolded(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (unit >= 0x80)
            break;
        *to++ = char(unit >= 'A' && unit <= 'Z' ? unit + ('a' - 'A') : unit);
    }
    if (i == text.size())
        return; // plain ASCII: lower-casing is the whole fold
    out.resize(to - out.constData());
    const QStringView rest = text.mid(i);
    for (const QChar c : rest) {
        if (c.isSurrogate()) {
            out.append(fold(rest.toString()).toUtf8()); // beyond the table: the whole way
            return;
        }
    }
    thread_local FoldTable table; // filled as characters are met, one per thread
    qsizetype size = out.size();
    for (const QChar c : rest) {
        const QByteArrayView folded = table.at(c.unicode());
        if (out.size() < size + folded.size())
            out.resize(qMax(2 * out.size(), size + folded.size() + 64));
        std::memcpy(out.data() + size, folded.data(), size_t(folded.size()));
        size += folded.size();
    }
    out.resize(size);
}

bool UserFilter::matches(const QString &haystack) const
{
    return m_needle.isEmpty() || fold(haystack).contains(m_needle);
}

bool UserFilter::narrows(const UserFilter &other) const
{
    return !other.isEmpty() && m_needle.contains(other.m_needle);
}
