<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityLog</name>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchCreateDialog</name>
    <message numerus="yes">
        <source>Create %Ln User(s)</source>
        <translation>
            <numerusform>Create %Ln User</numerusform>
            <numerusform>Create %Ln Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created; </source>
        <translation>
            <numerusform>%Ln user created; </numerusform>
            <numerusform>%Ln users created; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused by the server are kept below with the reason. Correct them and create again.</source>
        <translation>
            <numerusform>%Ln row refused by the server is kept below with the reason. Correct it and create again.</numerusform>
            <numerusform>%Ln rows refused by the server are kept below with the reason. Correct them and create again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message numerus="yes">
        <source>&amp;Activate %Ln User(s)</source>
        <translation>
            <numerusform>&amp;Activate %Ln User</numerusform>
            <numerusform>&amp;Activate %Ln Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %Ln User(s)…</source>
        <translation>
            <numerusform>&amp;Deactivate %Ln User…</numerusform>
            <numerusform>&amp;Deactivate %Ln Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %Ln User(s)…</source>
        <translation>
            <numerusform>De&amp;lete %Ln User…</numerusform>
            <numerusform>De&amp;lete %Ln Users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already %1 will stay as they are.</source>
        <translation>
            <numerusform>%Ln user already %1 will stay as it is.</numerusform>
            <numerusform>%Ln users already %1 will stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating %Ln user(s)</source>
        <translation>
            <numerusform>Activating %Ln user</numerusform>
            <numerusform>Activating %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %Ln user(s)</source>
        <translation>
            <numerusform>Deactivating %Ln user</numerusform>
            <numerusform>Deactivating %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting %Ln user(s) to %1</source>
        <translation>
            <numerusform>Setting %Ln user to %1</numerusform>
            <numerusform>Setting %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)?</source>
        <translation>
            <numerusform>Deactivate %Ln user?</numerusform>
            <numerusform>Deactivate %Ln users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln user(s) to %1?</source>
        <translation>
            <numerusform>Set %Ln user to %1?</numerusform>
            <numerusform>Set %Ln users to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already with the role %1 will stay as they are.</source>
        <translation>
            <numerusform>%Ln user already with the role %1 will stay as it is.</numerusform>
            <numerusform>%Ln users already with the role %1 will stay as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the role of %Ln user(s) to %1</source>
        <translation>
            <numerusform>Changing the role of %Ln user to %1</numerusform>
            <numerusform>Changing the role of %Ln users to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) permanently?</source>
        <translation>
            <numerusform>Delete %Ln user permanently?</numerusform>
            <numerusform>Delete %Ln users permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln user(s)</source>
        <translation>
            <numerusform>Deleting %Ln user</numerusform>
            <numerusform>Deleting %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no answer</source>
        <translation>
            <numerusform>%Ln with no answer</numerusform>
            <numerusform>%Ln with no answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out</source>
        <translation>
            <numerusform>%Ln left out</numerusform>
            <numerusform>%Ln left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation>
            <numerusform>Waiting %Ln s as the server asked…</numerusform>
            <numerusform>Waiting %Ln s as the server asked…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export the %Ln Loaded</source>
        <translation>
            <numerusform>Export the %Ln Loaded</numerusform>
            <numerusform>Export the %Ln Loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln user to %1.</numerusform>
            <numerusform>Saved %Ln users to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln user(s) in the list as it shows them: its columns, in its order.</source>
        <translation>
            <numerusform>Exports the %Ln user in the list as it shows it: its columns, in its order.</numerusform>
            <numerusform>Exports the %Ln users in the list as it shows them: its columns, in its order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message numerus="yes">
        <source>%1 is longer than %n character(s).</source>
        <translation>
            <numerusform>%1 is longer than %n character.</numerusform>
            <numerusform>%1 is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n character(s).</source>
        <translation>
            <numerusform>%1 must have at least %n character.</numerusform>
            <numerusform>%1 must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln entries could not be read (a torn line).</source>
        <translation>
            <numerusform>%Ln entry could not be read (a torn line).</numerusform>
            <numerusform>%Ln entries could not be read (torn lines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln change to %1.</numerusform>
            <numerusform>Exported %Ln changes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <translation>
            <numerusform>%1 of %Ln change</numerusform>
            <numerusform>%1 of %Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln required field(s) could not be matched to a column of the file: choose the column above each one marked *.</source>
        <translation>
            <numerusform>%Ln required field could not be matched to a column of the file: choose the column above the one marked *.</numerusform>
            <numerusform>%Ln required fields could not be matched to a column of the file: choose the column above each one marked *.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln User(s)</source>
        <translation>
            <numerusform>&amp;Create %Ln User</numerusform>
            <numerusform>&amp;Create %Ln Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File: %1 (%Ln row(s))</source>
        <translation>
            <numerusform>File: %1 (%Ln row)</numerusform>
            <numerusform>File: %1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation>
            <numerusform>Waiting %Ln s as the server asked…</numerusform>
            <numerusform>Waiting %Ln s as the server asked…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created.</source>
        <translation>
            <numerusform>%Ln user created.</numerusform>
            <numerusform>%Ln users created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused by the server stay in the list with its reason: fix them and create again.</source>
        <translation>
            <numerusform>%Ln row refused by the server stays in the list with its reason: fix it and create again.</numerusform>
            <numerusform>%Ln rows refused by the server stay in the list with their reasons: fix them and create again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln row(s) no answer came: the server may or may not have created them. Refresh the list before sending them again.</source>
        <translation>
            <numerusform>For %Ln row no answer came: the server may or may not have created it. Refresh the list before sending it again.</numerusform>
            <numerusform>For %Ln rows no answer came: the server may or may not have created them. Refresh the list before sending them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln ready</numerusform>
            <numerusform>%Ln ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) fixing</source>
        <translation>
            <numerusform>%Ln needs fixing</numerusform>
            <numerusform>%Ln need fixing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln refused by the server</numerusform>
            <numerusform>%Ln refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no answer</source>
        <translation>
            <numerusform>%Ln with no answer</numerusform>
            <numerusform>%Ln with no answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadMoreBar</name>
    <message numerus="yes">
        <source>%Ln match(es) among %1. Load more to look further, or refine the filter.</source>
        <translation>
            <numerusform>%Ln match among %1. Load more to look further, or refine the filter.</numerusform>
            <numerusform>%Ln matches among %1. Load more to look further, or refine the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 of %Ln user loaded</numerusform>
            <numerusform>%1 of %Ln users loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln user loaded</numerusform>
            <numerusform>%Ln users loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message numerus="yes">
        <source>Imported %Ln user(s).</source>
        <translation>
            <numerusform>Imported %Ln user.</numerusform>
            <numerusform>Imported %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln user to %1.</numerusform>
            <numerusform>Exported %Ln users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message numerus="yes">
        <source>Created %Ln user(s).</source>
        <translation>
            <numerusform>Created %Ln user.</numerusform>
            <numerusform>Created %Ln users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListStatus</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
</TS>
