// libFuzzer target: answers of the REST v1 service through RestV1Dialect's parsers (see DialectFuzzer.h).
#include "DialectFuzzer.h"
#include "RestV1Dialect.h"
#include "ServiceRegistry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Built once: a dialect is stateless apart from the profile and credential it was given.
    static const RestV1Dialect dialect = [] {
        ConnectionProfile profile;
        profile.id = QStringLiteral("fuzz");
        profile.serviceKind = RestV1Dialect::serviceKind().id;
        profile.baseUrl = QUrl(QStringLiteral("https://users.example.com:8443/api"));
        profile.organization = QStringLiteral("acme");
        profile.username = QStringLiteral("admin");
        return RestV1Dialect(profile);
    }();
    return DialectFuzzer::run(dialect, data, size);
}
