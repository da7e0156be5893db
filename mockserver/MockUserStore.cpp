#include "MockUserStore.h"

MockUserStore::MockUserStore(QString idKey, SearchText searchText)
    : m_idKey(std::move(idKey)), m_fold(std::move(searchText))
{
}

qsizetype MockUserStore::indexOf(const QString &id) const
{
    if (m_indexStale) {
        m_index.clear();
        m_index.reserve(m_users.size());
        for (qsizetype i = 0; i < m_users.size(); ++i)
            m_index.insert(idOf(m_users.at(i)), i);
        m_indexStale = false;
    }
    return m_index.value(id, -1);
}

void MockUserStore::reserve(qsizetype count)
{
    m_users.reserve(count);
    m_searchText.reserve(count);
    m_index.reserve(count);
}

void MockUserStore::append(const QJsonObject &user)
{
    m_users.append(user);
    m_searchText.append(m_fold ? m_fold(user) : QString());
    if (!m_indexStale)
        m_index.insert(idOf(user), m_users.size() - 1);
}

void MockUserStore::replace(qsizetype index, const QJsonObject &user)
{
    const QString oldId = idOf(m_users.at(index));
    m_users[index] = user;
    m_searchText[index] = m_fold ? m_fold(user) : QString();
    if (!m_indexStale && oldId != idOf(user)) {
        m_index.remove(oldId);
        m_index.insert(idOf(user), index);
    }
}

void MockUserStore::removeAt(qsizetype index)
{
    const QString id = idOf(m_users.at(index));
    const bool last = index == m_users.size() - 1;
    m_users.removeAt(index);
    m_searchText.removeAt(index);
    if (last && !m_indexStale)
        m_index.remove(id);
    else
        m_indexStale = true; // later users moved up one place
}
