<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every request from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. The requests Roster sends in this run are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The network manager is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactTableModel</name>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCreateDialog</name>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One user per row; empty rows are ignored. Columns marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is not valid JSON: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %n User(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server may or may not have created these users (%1). Refresh the list before sending them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) created; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused by the server are kept below with the reason. Correct them and create again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>Set State of Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role of Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %Ln User(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %Ln User(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %Ln User(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate Selected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate Selected Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Selected Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your own account (%1) is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected users needs this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already %1 will stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating %Ln user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %Ln user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting %Ln user(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln user(s) to %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set State of Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can no longer sign in until they are activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already with the role %1 will stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the role of %Ln user(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) permanently?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server removes the accounts. Roster keeps each one&apos;s last known record under View › Recently Deleted, from where it can be re-created as a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkItemModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>Your own account is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to wait; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but no answer came: the server may or may not have applied it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server meanwhile; open the user to choose what stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where no answer came, the list shows what the server holds now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may or may not have been changed (%1). Both entries are kept: change it again to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the Server Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. For each field below, choose which value stays. Nothing has been saved yet; the fields only you or only they changed are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use All &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save These Choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credential for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential is saved for &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read, so enter the credential for &quot;%1&quot;. It is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster does not know the service kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on &quot;%1&quot; has ended. Sign in again as %2; your place in the list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credential for &quot;%1&quot;. Enter it again; your place in the list is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential for &quot;%1&quot; contains a line break or another control character, so it was not used. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to &quot;%1&quot; as %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Credentials are kept in memory for this run only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>No keychain is available: the credential for &quot;%1&quot; is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The credential for &quot;%2&quot; is kept in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this run only: there is no keychain, or this connection is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential must not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is larger than %1 MB; Roster reads smaller files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletedUserTableModel</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a user to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrations of the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>this service does not answer such requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster did not send %1: the value of the %2 header contains a line break or another control character. Check the organization and the credential of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster did not send %1: its address would contain &quot;.&quot; or &quot;..&quot; segments, which could reach another resource on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish %2 within %3 seconds, so Roster gave up. The server may be overloaded or the network slow; try again, or raise the time limit in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected %2 again and again; Roster stopped following.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected %2 to %3. Roster does not follow redirects to another address, so your credential was not sent there. Check the base URL of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the server running, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer to %2 was complete, so the answer was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again, or raise the timeout in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 to %2 arrived broken (%3), so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to be retried in %1 seconds (at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was larger than Roster accepts, so it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the credential. Sign in again or update the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is valid but may not do this (check the organization and the token&apos;s permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such object. It may have been deleted; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with an existing object on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was an HTML page, probably from a proxy or gateway in front of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not what the service documents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an HTML page, not JSON. A proxy, a captive portal or a sign-in page may be in the way; nothing is assumed to have happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not JSON; nothing is assumed to have happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON, one array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON &amp;lines, one user per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark, for spreadsheets that need it to read UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all users could be loaded, so nothing was saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln Loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln user(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln user(s) in the list as it shows them: its columns, in its order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 are loaded, so the rest are loaded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all are loaded yet, so the rest are loaded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the users in the list as it shows them: its columns, in its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines files (*.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all users first: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all users first: %1 so far…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <source>The list is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded users (name, email, role…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %1 (on the server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes shown as CSV or JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on these days (both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make through Roster is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes are recorded; clear the filters to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry could not be read (a torn line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read (a torn line).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates one user per row of a CSV file whose first row names its columns. Above each field, choose the file column that fills it. Rows that need fixing or repeat a user are not sent; double-click a cell to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln required field(s) could not be matched to a column of the file: choose the column above each one marked *.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file column that fills %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln User(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>File: %1 (%Ln row(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused by the server stay in the list with its reason: fix them and create again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln row(s) no answer came: the server may or may not have created them. Refresh the list before sending them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the existing user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) fixing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationTableModel</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object, such as {&quot;name&quot;: &quot;Jane&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadMoreBar</name>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next few pages and keep filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every user of this list from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all users… %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1. Load more to look further, or refine the filter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster %1&lt;/b&gt;&lt;p&gt;A desktop console for the users of user-management REST services.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user list could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgAppDialect</name>
    <message>
        <source>acct_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org-scoped app users with projects, artifacts and integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no known &quot;state&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s latest artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Roster holds at most %1 rows in one list; refine the search to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent page %1 again with only users already listed, so Roster stopped loading there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PapermergeDialect</name>
    <message>
        <source>letters, digits and @.+-_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papermerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papermerge core 2.1 users over JSON:API: sign in with a username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;token&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its token contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who am I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaprDialect</name>
    <message>
        <source>{ &quot;name&quot;: &quot;Jane Doe&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your system&apos;s id, e.g. user123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papr Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer-scoped users with free-form metadata, batch create and delete by external ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (X-API-Key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token (X-Session-Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no &quot;user_id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the user by external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not create this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default member role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedWindow</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently Deleted — Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users deleted through Roster, with their last known record. A service cannot undelete: re-creating makes a new user with these fields, a new ID and no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deleted user to see their last known record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users you delete through Roster are kept here, so one deleted by mistake can be re-created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former ID: %1 (the new user gets a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a deleted user to re-create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection “%1” to re-create this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot create users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the new user form with these fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModels</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryLog</name>
    <message>
        <source>The recovery file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteUserDirectory</name>
    <message>
        <source>creating users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a user&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating users in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting users by external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no id, so Roster cannot address it on the server. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave this user the id &quot;%1&quot;, which would address another resource in a request. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of this user contains control characters, so Roster does not put it in a request. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not support %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not support this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestV1Dialect</name>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users with roles and an active, inactive or suspended status; searched on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;data&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the user&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not say &quot;success&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRegistry</name>
    <message>
        <source>Choose the kind of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Enter the credential in its own field: Roster keeps it in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http://, so the credential would cross the network unencrypted. Use https://, or confirm that you accept this for a server you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API prefix must not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username must not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit for a whole request must be at least the timeout and at most 3,600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the server may stay silent before a request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take in all, retries included, even when the server keeps sending a little now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the credential unencrypted (plain http://) to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can read a credential sent over http://. Tick this only for a server you control on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without verification anyone on the network path can read the credential. Use this only for a test server you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential must not contain line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Click Add to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>&amp;Import Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln user(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete by E&amp;xternal ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load All Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;Deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>No answer came, so the server may or may not have applied this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows what it holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-created %1 as a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server removes the account. Roster keeps the last known record under View › Recently Deleted, from where it can be re-created as a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete by External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID of the user to delete permanently:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (external ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n user(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields you change are saved. ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the %1 again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two %1 entries do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-creating a deleted user: the new user gets a new ID, and no password or other data from before beyond these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may or may not have applied this change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list before creating the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. The form now shows the values on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the server&apos;s values were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserExportJob</name>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFields</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListStatus</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match · %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStates</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Canceled before anything was sent; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after the request was sent; the user may or may not have been created. Refresh the list to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists on the server; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after the change was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the external ID %1; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after the deletion was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after the batch was sent; some users may have been created. Refresh the list to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled after it was sent; the password may or may not have changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Saved connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster administers the users of your user-management services: search the directory, open a user, edit them, activate or deactivate them, and see their projects and artifacts.

Add a connection to your own service, or open the demo to try Roster against a built-in server with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
