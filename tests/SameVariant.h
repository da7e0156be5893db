#pragma once

#include <QMetaType>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <bit>

// QVariant's == compares numbers across types (qlonglong 1 equals double 1.0); this asks for
// the same type too, all the way down, and doubles bit for bit (-0.0 is not 0).
inline bool sameVariant(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap x = a.toMap();
        const QVariantMap y = b.toMap();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            if (!sameVariant(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.metaType().id() == QMetaType::QVariantList) {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameVariant(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.metaType().id() == QMetaType::Double)
        return std::bit_cast<quint64>(a.toDouble()) == std::bit_cast<quint64>(b.toDouble());
    return a == b;
}
