#include "UserMetadata.h"

#include <QJsonDocument>
#include <QJsonObject>

UserMetadata UserMetadata::fromJsonText(const QByteArray &text)
{
    UserMetadata metadata;
    metadata.m_text = text;
    return metadata;
}

const QVariantMap &UserMetadata::map() const
{
    if (!m_text.isEmpty()) {
        // As QJsonObject::toVariantMap() reads it, which is what the dialect's reader gives for
        // the same object (tst_jsontape holds the two to that).
        m_map = QJsonDocument::fromJson(m_text).object().toVariantMap();
        m_text.clear();
    }
    return m_map;
}
