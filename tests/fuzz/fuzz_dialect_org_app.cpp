// libFuzzer target: answers of the Org App service through OrgAppDialect's parsers (see DialectFuzzer.h).
#include "DialectFuzzer.h"
#include "OrgAppDialect.h"
#include "ServiceRegistry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Built once: a dialect is stateless apart from the profile and credential it was given.
    static const OrgAppDialect dialect = [] {
        ConnectionProfile profile;
        profile.id = QStringLiteral("fuzz");
        profile.serviceKind = OrgAppDialect::serviceKind().id;
        profile.baseUrl = QUrl(QStringLiteral("https://users.example.com:8443/api"));
        profile.organization = QStringLiteral("acme");
        profile.username = QStringLiteral("admin");
        return OrgAppDialect(profile);
    }();
    return DialectFuzzer::run(dialect, data, size);
}
