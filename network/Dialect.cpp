#include "Dialect.h"

#include "Json.h"
#include "ServiceRegistry.h"

namespace {
ApiError unsupported(const ApiResponse &response)
{
    return badResponse(response,
                       QCoreApplication::translate("Dialect", "this service does not answer such requests"));
}
} // namespace

namespace {
// The User member that holds a text field, so a page of users is read without a QVariant per
// field; nullptr for fields that are not plain text.
QString User::*textMember(UserField field)
{
    switch (field) {
    case UserField::Id:
        return &User::id;
    case UserField::AccountId:
        return &User::accountId;
    case UserField::ExternalId:
        return &User::externalId;
    case UserField::Username:
        return &User::username;
    case UserField::Name:
        return &User::name;
    case UserField::GivenName:
        return &User::givenName;
    case UserField::FamilyName:
        return &User::familyName;
    case UserField::Email:
        return &User::email;
    case UserField::Type:
        return &User::type;
    case UserField::JobTitle:
        return &User::jobTitle;
    case UserField::JobDescription:
        return &User::jobDescription;
    case UserField::Organization:
        return &User::organization;
    default:
        return nullptr;
    }
}
} // namespace

void UserFieldWriter::setText(UserField field, const QString &text)
{
    if (QString User::*member = textMember(field))
        m_user.*member = text;
    else
        m_user.setValue(field, text);
    mark(field);
}

void UserFieldWriter::setDateTime(UserField field, const QDateTime &when)
{
    if (field == UserField::CreatedAt)
        m_user.createdAt = when;
    else if (field == UserField::UpdatedAt)
        m_user.updatedAt = when;
    else
        m_user.setValue(field, when);
    mark(field);
}

Dialect::Dialect(const ServiceKind &kind, const ConnectionProfile &profile) : m_kind(kind), m_profile(profile)
{
}

const ServiceDescription &Dialect::description() const
{
    return m_kind.description;
}

Result<Done> Dialect::parseDone(const ApiResponse &response) const
{
    if (response.body.trimmed().isEmpty())
        return Done{};
    const Result<QJsonObject> object = objectBody(response);
    if (!object)
        return object.error();
    const QJsonValue success = object->value(QLatin1String("success"));
    const QJsonValue status = object->value(QLatin1String("status"));
    if ((success.isBool() && !success.toBool()) || status.toString() == QLatin1String("error"))
        return badResponse(response, QCoreApplication::translate("Dialect", "it says the request failed"));
    return Done{};
}

Result<Page<Project>> Dialect::parseProjectPage(const ApiResponse &response, int, int) const
{
    return unsupported(response);
}

Result<Page<Artifact>> Dialect::parseArtifacts(const ApiResponse &response) const
{
    return unsupported(response);
}

Result<Page<Integration>> Dialect::parseIntegrations(const ApiResponse &response) const
{
    return unsupported(response);
}

Result<BatchResult> Dialect::parseBatch(const ApiResponse &response, const QList<UserChanges> &) const
{
    return unsupported(response);
}

Result<QString> Dialect::parseSignIn(const ApiResponse &response) const
{
    return unsupported(response);
}

Result<QJsonObject> Dialect::objectBody(const ApiResponse &response)
{
    QString error;
    const auto object = Json::object(response.body, &error);
    if (!object)
        return badResponse(response, error);
    return *object;
}

Result<QJsonArray> Dialect::arrayBody(const ApiResponse &response)
{
    QString error;
    const auto array = Json::array(response.body, &error);
    if (!array)
        return badResponse(response, error);
    return *array;
}

ApiRequest Dialect::request(const QByteArray &method, const QString &path, const QString &what)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.what = what;
    return request;
}

ApiRequest Dialect::withJsonBody(ApiRequest request, const QJsonObject &body)
{
    request.body = Json::compact(body);
    request.contentType = "application/json";
    return request;
}

QString Dialect::encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}
