#pragma once

// Asks a MockHttpServer to keep its log of received requests. The log is being made opt-in
// (setRecordingRequests(true)); a server without that switch always records, so there is
// nothing to ask.
template<typename Server> void recordRequests(Server &server)
{
    if constexpr (requires { server.setRecordingRequests(true); })
        server.setRecordingRequests(true);
}
