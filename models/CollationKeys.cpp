#include "CollationKeys.h"

#include <QVarLengthArray>
#include <unicode/ucol.h>

CollationKeys::CollationKeys(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return;
    // As QCollator does on ICU: the locale's BCP 47 name with '_', normalisation on, secondary
    // strength (accents count, case does not), punctuation not ignored, no numeric mode.
    const QByteArray name = locale.bcp47Name().replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status)) {
        m_collator = nullptr;
        return;
    }
    ucol_setAttribute(m_collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(m_collator, UCOL_STRENGTH, UCOL_SECONDARY, &status);
    ucol_setAttribute(m_collator, UCOL_NUMERIC_COLLATION, UCOL_OFF, &status);
    ucol_setAttribute(m_collator, UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
}

CollationKeys::~CollationKeys()
{
    if (m_collator)
        ucol_close(m_collator);
}

void CollationKeys::append(QStringView text, QByteArray &out) const
{
    if (!m_collator) {
        out.append(text.toString().toCaseFolded().toUtf8());
        return;
    }
    QVarLengthArray<uint8_t, 256> buffer(256);
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    int32_t length
        = ucol_getSortKey(m_collator, source, int32_t(text.size()), buffer.data(), int32_t(buffer.size()));
    if (length > buffer.size()) {
        buffer.resize(length);
        length = ucol_getSortKey(m_collator, source, int32_t(text.size()), buffer.data(),
                                 int32_t(buffer.size()));
    }
    // ICU ends the key with a zero byte; the length of the view marks the end instead.
    if (length > 0)
        out.append(reinterpret_cast<const char *>(buffer.constData()), length - 1);
}

QByteArray CollationKeys::key(QStringView text) const
{
    QByteArray out;
    append(text, out);
    return out;
}
