#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <optional>

// The part of an error body a service puts there for people: its code, message and the field
// it blames. Each dialect reads its own error format into this.
struct ServerMessage {
    QString code;
    QString message;
    QString field; // a UserFields::key(), already mapped from the wire name
};

// Turns a failed response into the ApiError the admin sees: what the client refused, transport
// failures by kind, HTTP statuses by class, with the server's own message where it gave one.
ApiError errorFromResponse(const ApiResponse &response, const ServerMessage &serverMessage);

// A 2xx answer whose body did not have the documented shape.
ApiError badResponse(const ApiResponse &response, const QString &detail);

// A 2xx answer with a body that is not JSON by its media type (an HTML page from a captive
// portal or a proxy, say): the error to report, or nullopt when the answer may be parsed.
std::optional<ApiError> unexpectedMediaType(const ApiResponse &response);
