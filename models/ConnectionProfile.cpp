#include "ConnectionProfile.h"

#include <QUuid>

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
