<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>A11y</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Den Text leeren</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Copy the selected requests (%1)</source>
        <translation>Die ausgewählten Anfragen kopieren (%1)</translation>
    </message>
    <message>
        <source>Remove every request from the list</source>
        <translation>Alle Anfragen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No request failed.</source>
        <translation>Keine Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No requests yet. The requests Roster sends in this run are listed here.</source>
        <translation>Noch keine Anfragen. Hier stehen die Anfragen, die Roster in dieser Sitzung sendet.</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort des Servers</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Credential needed</source>
        <translation>Zugangsdaten erforderlich</translation>
    </message>
    <message>
        <source>Keychain error</source>
        <translation>Fehler im Schlüsselbund</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The network manager is gone.</source>
        <translation>Der Netzwerkmanager existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ArtifactTableModel</name>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ingest status</source>
        <translation>Verarbeitungsstatus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durchgeführt von</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durchgeführt von</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted by external ID</source>
        <translation>Nach externer ID gelöscht</translation>
    </message>
    <message>
        <source>Created in a batch</source>
        <translation>Im Stapel angelegt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Re-created</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The audit trail %1 cannot be written: %2</source>
        <translation>Das Änderungsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchCreateDialog</name>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>New Users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <source>One user per row; empty rows are ignored. Columns marked * are required.</source>
        <translation>Ein Benutzer pro Zeile; leere Zeilen werden übergangen. Mit * markierte Spalten sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Create All</source>
        <translation>Alle anlegen</translation>
    </message>
    <message>
        <source>Row %1: %2 is required.</source>
        <translation>Zeile %1: %2 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>Row %1: %2 is not a valid email address.</source>
        <translation>Zeile %1: %2 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Row %1: %2 is not valid JSON: %3.</source>
        <translation>Zeile %1: %2 ist kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>Fill in at least one row.</source>
        <translation>Füllen Sie mindestens eine Zeile aus.</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln User(s)</source>
        <translation>
            <numerusform>%Ln Benutzer anlegen</numerusform>
            <numerusform>%Ln Benutzer anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>The server may or may not have created these users (%1). Refresh the list before sending them again.</source>
        <translation>Der Server hat diese Benutzer möglicherweise angelegt (%1). Aktualisieren Sie die Liste, bevor Sie sie erneut senden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created; </source>
        <translation>
            <numerusform>%Ln Benutzer angelegt; </numerusform>
            <numerusform>%Ln Benutzer angelegt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused by the server are kept below with the reason. Correct them and create again.</source>
        <translation>
            <numerusform>%Ln vom Server abgelehnte Zeile bleibt mit der Begründung unten stehen. Korrigieren Sie sie und legen Sie sie erneut an.</numerusform>
            <numerusform>%Ln vom Server abgelehnte Zeilen bleiben mit der Begründung unten stehen. Korrigieren Sie sie und legen Sie sie erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>Set State of Selected</source>
        <translation>Status der Auswahl setzen</translation>
    </message>
    <message>
        <source>Change Role of Selected</source>
        <translation>Rolle der Auswahl ändern</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %Ln User(s)</source>
        <translation>
            <numerusform>%Ln Benutzer &amp;aktivieren</numerusform>
            <numerusform>%Ln Benutzer &amp;aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %Ln User(s)…</source>
        <translation>
            <numerusform>%Ln Benutzer &amp;deaktivieren…</numerusform>
            <numerusform>%Ln Benutzer &amp;deaktivieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %Ln User(s)…</source>
        <translation>
            <numerusform>%Ln Benutzer lösc&amp;hen…</numerusform>
            <numerusform>%Ln Benutzer lösc&amp;hen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate Selected Users</source>
        <translation>Ausgewählte Benutzer &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate Selected Users…</source>
        <translation>Ausgewählte Benutzer &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>De&amp;lete Selected Users…</source>
        <translation>Ausgewählte Benutzer lösc&amp;hen…</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…und %Ln weiterer.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own account (%1) is left out.</source>
        <translation>Ihr eigenes Konto (%1) wird ausgelassen.</translation>
    </message>
    <message>
        <source>Nothing to Change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message>
        <source>None of the selected users needs this change.</source>
        <translation>Keiner der ausgewählten Benutzer braucht diese Änderung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already %1 will stay as they are.</source>
        <translation>
            <numerusform>%Ln Benutzer, der bereits den Status „%1“ hat, bleibt unverändert.</numerusform>
            <numerusform>%Ln Benutzer, die bereits den Status „%1“ haben, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activating %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird aktiviert</numerusform>
            <numerusform>%Ln Benutzer werden aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird deaktiviert</numerusform>
            <numerusform>%Ln Benutzer werden deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting %Ln user(s) to %1</source>
        <translation>
            <numerusform>%Ln Benutzer wird auf „%1“ gesetzt</numerusform>
            <numerusform>%Ln Benutzer werden auf „%1“ gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %Ln user(s)?</source>
        <translation>
            <numerusform>%Ln Benutzer deaktivieren?</numerusform>
            <numerusform>%Ln Benutzer deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln user(s) to %1?</source>
        <translation>
            <numerusform>%Ln Benutzer auf „%1“ setzen?</numerusform>
            <numerusform>%Ln Benutzer auf „%1“ setzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate Users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Set State of Users</source>
        <translation>Status der Benutzer setzen</translation>
    </message>
    <message>
        <source>They can no longer sign in until they are activated again.</source>
        <translation>Sie können sich nicht mehr anmelden, bis sie wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Set to %1</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) already with the role %1 will stay as they are.</source>
        <translation>
            <numerusform>%Ln Benutzer, der bereits die Rolle %1 hat, bleibt unverändert.</numerusform>
            <numerusform>%Ln Benutzer, die bereits die Rolle %1 haben, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the role of %Ln user(s) to %1</source>
        <translation>
            <numerusform>Rolle von %Ln Benutzer wird auf %1 geändert</numerusform>
            <numerusform>Rolle von %Ln Benutzern wird auf %1 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln user(s) permanently?</source>
        <translation>
            <numerusform>%Ln Benutzer endgültig löschen?</numerusform>
            <numerusform>%Ln Benutzer endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The server removes the accounts. Roster keeps each one&apos;s last known record under View › Recently Deleted, from where it can be re-created as a new user.</source>
        <translation>Der Server entfernt die Konten. Roster behält jeweils den letzten bekannten Datensatz unter Ansicht › Zuletzt gelöscht; von dort kann jedes Konto als neuer Benutzer neu angelegt werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird gelöscht</numerusform>
            <numerusform>%Ln Benutzer werden gelöscht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkItemModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>Your own account is left out.</source>
        <translation>Ihr eigenes Konto wird ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <translation>
            <numerusform>%Ln erledigt</numerusform>
            <numerusform>%Ln erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no answer</source>
        <translation>
            <numerusform>%Ln ohne Antwort</numerusform>
            <numerusform>%Ln ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out</source>
        <translation>
            <numerusform>%Ln ausgelassen</numerusform>
            <numerusform>%Ln ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>The server asked to wait; trying again.</source>
        <translation>Der Server bittet zu warten; neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Sent, but no answer came: the server may or may not have applied it (%1).</source>
        <translation>Gesendet, aber keine Antwort erhalten: Der Server hat die Änderung möglicherweise übernommen (%1).</translation>
    </message>
    <message>
        <source>Changed on the server meanwhile; open the user to choose what stays.</source>
        <translation>Inzwischen auf dem Server geändert; öffnen Sie den Benutzer, um zu wählen, was bleibt.</translation>
    </message>
</context>
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation>
            <numerusform>Warte %Ln s, wie vom Server erbeten…</numerusform>
            <numerusform>Warte %Ln s, wie vom Server erbeten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>Where no answer came, the list shows what the server holds now.</source>
        <translation>Wo keine Antwort kam, zeigt die Liste, was der Server jetzt enthält.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Neues Passwort:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Bestätigen:</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Type the new password twice.</source>
        <translation>Geben Sie das neue Passwort zweimal ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The password may or may not have been changed (%1). Both entries are kept: change it again to be sure.</source>
        <translation>Das Passwort wurde möglicherweise geändert (%1). Beide Eingaben bleiben erhalten: Ändern Sie es erneut, um sicherzugehen.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed on the Server Meanwhile</source>
        <translation>Inzwischen auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. For each field below, choose which value stays. Nothing has been saved yet; the fields only you or only they changed are kept as they are.</source>
        <translation>Jemand anderes hat %1 geändert, während Sie es bearbeitet haben. Wählen Sie für jedes Feld unten, welcher Wert bleibt. Noch wurde nichts gespeichert; Felder, die nur Sie oder nur die anderen geändert haben, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>Theirs, now</source>
        <translation>Fremder Wert, jetzt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Fremden Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Use your %1</source>
        <translation>Ihren Wert für %1 verwenden</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>Alle &amp;fremden behalten</translation>
    </message>
    <message>
        <source>Use All &amp;Mine</source>
        <translation>Alle &amp;eigenen verwenden</translation>
    </message>
    <message>
        <source>&amp;Save These Choices</source>
        <translation>Diese Auswahl &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is incomplete: %2</source>
        <translation>Die Verbindung „%1“ ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Enter the credential for &quot;%1&quot;.</source>
        <translation>Geben Sie die Zugangsdaten für „%1“ ein.</translation>
    </message>
    <message>
        <source>No credential is saved for &quot;%1&quot; yet.</source>
        <translation>Für „%1“ sind noch keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read, so enter the credential for &quot;%1&quot;. It is kept in memory for this run only.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden; geben Sie deshalb die Zugangsdaten für „%1“ ein. Sie werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>Roster does not know the service kind &quot;%1&quot;.</source>
        <translation>Roster kennt die Dienstart „%1“ nicht.</translation>
    </message>
    <message>
        <source>Your session on &quot;%1&quot; has ended. Sign in again as %2; your place in the list is kept.</source>
        <translation>Ihre Sitzung bei „%1“ ist abgelaufen. Melden Sie sich erneut als %2 an; Ihre Position in der Liste bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server did not accept the credential for &quot;%1&quot;. Enter it again; your place in the list is kept.</source>
        <translation>Der Server hat die Zugangsdaten für „%1“ nicht akzeptiert. Geben Sie sie erneut ein; Ihre Position in der Liste bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 Sign in as %2.</source>
        <translation>%1 Melden Sie sich als %2 an.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;.</source>
        <translation>Nicht bei „%1“ angemeldet.</translation>
    </message>
    <message>
        <source>The credential for &quot;%1&quot; contains a line break or another control character, so it was not used. Enter it again.</source>
        <translation>Die Zugangsdaten für „%1“ enthalten einen Zeilenumbruch oder ein anderes Steuerzeichen und wurden daher nicht verwendet. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Signing in to &quot;%1&quot; as %2 failed: %3</source>
        <translation>Die Anmeldung bei „%1“ als %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Credentials are kept in memory for this run only and must be entered again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Zugangsdaten werden nur für diese Sitzung im Speicher gehalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>No certificate authority this computer trusts vouches for the certificate of %1. Trust this certificate for &quot;%2&quot; only if its fingerprint is the one your administrator gave you.</source>
        <translation>Keine Zertifizierungsstelle, der dieser Computer vertraut, bürgt für das Zertifikat von %1. Vertrauen Sie diesem Zertifikat für „%2“ nur, wenn sein Fingerabdruck der ist, den Ihnen Ihre Administration genannt hat.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>No keychain is available: the credential for &quot;%1&quot; is kept in memory for this run only.</source>
        <translation>Kein Schlüsselbund verfügbar: Die Zugangsdaten für „%1“ werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The credential for &quot;%2&quot; is kept in memory for this run only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Die Zugangsdaten für „%2“ werden nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Switch connection</source>
        <translation>Verbindung wechseln</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Show the credential</source>
        <translation>Zugangsdaten anzeigen</translation>
    </message>
    <message>
        <source>Kept in memory for this run only: there is no keychain, or this connection is not saved.</source>
        <translation>Nur für diese Sitzung im Speicher: Es gibt keinen Schlüsselbund, oder diese Verbindung ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The credential must not contain line breaks or other control characters.</source>
        <translation>Die Zugangsdaten dürfen keine Zeilenumbrüche oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Show the credential (Ctrl+Shift+S)</source>
        <translation>Zugangsdaten anzeigen (Strg+Umschalt+S)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is larger than %1 MB; Roster reads smaller files only.</source>
        <translation>Die Datei ist größer als %1 MB; Roster liest nur kleinere Dateien.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>Line %1 has more than %2 fields.</source>
        <translation>Zeile %1 hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <source>The file has more than %1 records.</source>
        <translation>Die Datei hat mehr als %1 Datensätze.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein in Anführungszeichen gesetztes Feld, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>DeletedUserTableModel</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Former ID</source>
        <translation>Frühere ID</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>The demo server could not listen on 127.0.0.1.</source>
        <translation>Der Demo-Server konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Keine Projekte.</translation>
    </message>
    <message>
        <source>No artifacts.</source>
        <translation>Keine Artefakte.</translation>
    </message>
    <message>
        <source>No integrations.</source>
        <translation>Keine Integrationen.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Latest Artifacts</source>
        <translation>Neueste Artefakte</translation>
    </message>
    <message>
        <source>My Integrations</source>
        <translation>Meine Integrationen</translation>
    </message>
    <message>
        <source>The integrations of the signed-in user</source>
        <translation>Die Integrationen des angemeldeten Benutzers</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 no longer exists on the server.</source>
        <translation>%1 existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Select a user in the list to see their details.</source>
        <translation>Wählen Sie einen Benutzer in der Liste, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Loading the full record…</source>
        <translation>Der vollständige Datensatz wird geladen…</translation>
    </message>
    <message>
        <source>Latest artifacts</source>
        <translation>Neueste Artefakte</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <source>The full record could not be loaded. %1</source>
        <translation>Der vollständige Datensatz konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>this service does not answer such requests</source>
        <translation>dieser Dienst beantwortet solche Anfragen nicht</translation>
    </message>
    <message>
        <source>it says the request failed</source>
        <translation>laut Antwort ist die Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>it has no &quot;%1&quot; list</source>
        <translation>sie enthält keine Liste „%1“</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>ein Eintrag von „%1“ ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ErrorMapping</name>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>Roster did not send %1: the value of the %2 header contains a line break or another control character. Check the organization and the credential of this connection.</source>
        <translation>Roster hat %1 nicht gesendet: Der Wert des Headers %2 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Prüfen Sie die Organisation und die Zugangsdaten dieser Verbindung.</translation>
    </message>
    <message>
        <source>Roster did not send %1: its address would contain &quot;.&quot; or &quot;..&quot; segments, which could reach another resource on the server.</source>
        <translation>Roster hat %1 nicht gesendet: Die Adresse würde Segmente „.“ oder „..“ enthalten, die eine andere Ressource auf dem Server erreichen könnten.</translation>
    </message>
    <message>
        <source>%1 did not finish %2 within %3 seconds, so Roster gave up. The server may be overloaded or the network slow; try again, or raise the time limit in the connection settings.</source>
        <translation>%1 hat %2 nicht innerhalb von %3 Sekunden abgeschlossen, deshalb hat Roster aufgegeben. Der Server ist eventuell überlastet oder das Netzwerk langsam; versuchen Sie es erneut oder erhöhen Sie das Zeitlimit in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>%1 redirected %2 again and again; Roster stopped following.</source>
        <translation>%1 hat %2 immer wieder weitergeleitet; Roster folgt nicht mehr.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>%1 redirected %2 to %3. Roster does not follow redirects to another address, so your credential was not sent there. Check the base URL of this connection.</source>
        <translation>%1 hat %2 nach %3 weitergeleitet. Roster folgt keinen Weiterleitungen an eine andere Adresse, daher wurden Ihre Zugangsdaten dort nicht gesendet. Prüfen Sie die Basis-URL dieser Verbindung.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the server running, and is the port right?</source>
        <translation>%1 hat die Verbindung abgelehnt. Läuft der Server, und stimmt der Port?</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check the base URL.</source>
        <translation>Der Hostname %1 wurde nicht gefunden. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer to %2 was complete, so the answer was not used.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort auf %2 vollständig war; die Antwort wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again, or raise the timeout in the connection settings.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder erhöhen Sie die Wartezeit in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Nothing was sent.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden (%2). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid HTTP.</source>
        <translation>%1 hat eine Antwort gesendet, die kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 arrived broken (%3), so it was not used.</source>
        <translation>Die Antwort von %1 auf %2 kam beschädigt an (%3) und wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Could not talk to %1: %2</source>
        <translation>Keine Verbindung mit %1 möglich: %2</translation>
    </message>
    <message>
        <source>The server asked to be retried in %1 seconds (at %2).</source>
        <translation>Der Server bittet um einen neuen Versuch in %1 Sekunden (um %2).</translation>
    </message>
    <message>
        <source>The answer to %1 was larger than Roster accepts, so it was dropped.</source>
        <translation>Die Antwort auf %1 war größer, als Roster annimmt, und wurde verworfen.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not accept the credential. Sign in again or update the token.</source>
        <translation>Der Server hat die Zugangsdaten nicht akzeptiert. Melden Sie sich erneut an oder aktualisieren Sie das Token.</translation>
    </message>
    <message>
        <source>The credential is valid but may not do this (check the organization and the token&apos;s permissions).</source>
        <translation>Die Zugangsdaten sind gültig, berechtigen aber nicht dazu (prüfen Sie die Organisation und die Berechtigungen des Tokens).</translation>
    </message>
    <message>
        <source>The server has no such object. It may have been deleted; refresh the list.</source>
        <translation>Der Server hat kein solches Objekt. Es wurde eventuell gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This conflicts with an existing object on the server.</source>
        <translation>Dies steht im Konflikt mit einem vorhandenen Objekt auf dem Server.</translation>
    </message>
    <message>
        <source>The server asks to slow down. Wait a moment and try again.</source>
        <translation>Der Server bittet, langsamer zu machen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server failed to handle the request (HTTP %1). Try again later.</source>
        <translation>Der Server konnte die Anfrage nicht bearbeiten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The answer was an HTML page, probably from a proxy or gateway in front of the service.</source>
        <translation>Die Antwort war eine HTML-Seite, vermutlich von einem Proxy oder Gateway vor dem Dienst.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not what the service documents: %2</source>
        <translation>Die Antwort des Servers auf %1 entspricht nicht der Dokumentation des Dienstes: %2</translation>
    </message>
    <message>
        <source>it is an HTML page, not JSON. A proxy, a captive portal or a sign-in page may be in the way; nothing is assumed to have happened.</source>
        <translation>sie ist eine HTML-Seite, kein JSON. Ein Proxy, ein Captive Portal oder eine Anmeldeseite steht eventuell im Weg; es wird nicht angenommen, dass etwas geschehen ist.</translation>
    </message>
    <message>
        <source>it is %1, not JSON; nothing is assumed to have happened.</source>
        <translation>sie ist %1, kein JSON; es wird nicht angenommen, dass etwas geschehen ist.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one this connection trusts. It has the SHA-256 fingerprint %2, but the connection is pinned to %3. Nothing was sent. If the server&apos;s certificate was replaced on purpose, remove the pinned fingerprint in the connection settings and connect again.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem diese Verbindung vertraut. Es hat den SHA-256-Fingerabdruck %2, die Verbindung ist aber auf %3 festgelegt. Es wurde nichts gesendet. Wurde das Zertifikat des Servers absichtlich ersetzt, entfernen Sie den festgelegten Fingerabdruck in den Verbindungseinstellungen und verbinden Sie sich erneut.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>users</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>&amp;CSV, for spreadsheets</source>
        <translation>&amp;CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>&amp;JSON, one array</source>
        <translation>&amp;JSON, ein Array</translation>
    </message>
    <message>
        <source>JSON &amp;lines, one user per line</source>
        <translation>JSON-&amp;Zeilen, ein Benutzer pro Zeile</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark, for spreadsheets that need it to read UTF-8</source>
        <translation>&amp;Byte-Order-Mark hinzufügen, für Tabellenkalkulationen, die sie zum Lesen von UTF-8 brauchen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Canceled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Not all users could be loaded, so nothing was saved yet: %1</source>
        <translation>Nicht alle Benutzer konnten geladen werden, daher wurde noch nichts gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln Loaded</source>
        <translation>
            <numerusform>%Ln geladenen Benutzer exportieren</numerusform>
            <numerusform>%Ln geladene Benutzer exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer in %1 gespeichert.</numerusform>
            <numerusform>%Ln Benutzer in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports the %Ln user(s) in the list as it shows them: its columns, in its order.</source>
        <translation>
            <numerusform>Exportiert den %Ln Benutzer der Liste so, wie sie ihn zeigt: ihre Spalten, in ihrer Reihenfolge.</numerusform>
            <numerusform>Exportiert die %Ln Benutzer der Liste so, wie sie sie zeigt: ihre Spalten, in ihrer Reihenfolge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 are loaded, so the rest are loaded first.</source>
        <translation>Erst %1 von %2 sind geladen, daher wird der Rest zuerst geladen.</translation>
    </message>
    <message>
        <source>Not all are loaded yet, so the rest are loaded first.</source>
        <translation>Noch sind nicht alle geladen, daher wird der Rest zuerst geladen.</translation>
    </message>
    <message>
        <source>Exports the users in the list as it shows them: its columns, in its order.</source>
        <translation>Exportiert die Benutzer der Liste so, wie sie sie zeigt: ihre Spalten, in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>JSON lines files (*.jsonl *.ndjson)</source>
        <translation>JSON-Lines-Dateien (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading all users first: %1 of %2…</source>
        <translation>Zuerst werden alle Benutzer geladen: %1 von %2…</translation>
    </message>
    <message>
        <source>Loading all users first: %1 so far…</source>
        <translation>Zuerst werden alle Benutzer geladen: bisher %1…</translation>
    </message>
</context>
<context>
    <name>ExportSource</name>
    <message>
        <source>The list is gone.</source>
        <translation>Die Liste existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Loading stopped before the end.</source>
        <translation>Das Laden wurde vor dem Ende beendet.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not &quot;%2&quot;.</source>
        <translation>%1 muss ja oder nein sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>%1 is not a valid email address.</source>
        <translation>%1 ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n character(s).</source>
        <translation>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
            <numerusform>%1 ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n character(s).</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Search users on the server</source>
        <translation>Benutzer auf dem Server suchen</translation>
    </message>
    <message>
        <source>Filter loaded users (name, email, role…)</source>
        <translation>Geladene Benutzer filtern (Name, E-Mail, Rolle…)</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>Filter by %1 (on the server)</source>
        <translation>Nach %1 filtern (auf dem Server)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type to filter the users (Ctrl+F)</source>
        <translation>Tippen Sie, um die Benutzer zu filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History — Roster</source>
        <translation>Verlauf — Roster</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The selected change</source>
        <translation>Die ausgewählte Änderung</translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation>Wählen Sie eine Änderung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the changes shown as CSV or JSON lines</source>
        <translation>Die angezeigten Änderungen als CSV oder JSON Lines speichern</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>Only changes made on these days (both included)</source>
        <translation>Nur Änderungen an diesen Tagen (beide eingeschlossen)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Every change you make through Roster is recorded here.</source>
        <translation>Jede Änderung, die Sie mit Roster vornehmen, wird hier aufgezeichnet.</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Keine Änderung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Other changes are recorded; clear the filters to see them all.</source>
        <translation>Es sind weitere Änderungen aufgezeichnet; setzen Sie die Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>1 entry could not be read (a torn line).</source>
        <translation>1 Eintrag konnte nicht gelesen werden (eine abgerissene Zeile).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries could not be read (a torn line).</source>
        <translation>
            <numerusform>%Ln Eintrag konnte nicht gelesen werden (eine abgerissene Zeile).</numerusform>
            <numerusform>%Ln Einträge konnten nicht gelesen werden (abgerissene Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Verbindung: %1 (%2)</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Durchgeführt von: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>The history could not be exported to %1: %2</source>
        <translation>Der Verlauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to %1.</source>
        <translation>
            <numerusform>%Ln Änderung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <translation>
            <numerusform>%1 von %Ln Änderung</numerusform>
            <numerusform>%1 von %Ln Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Creates one user per row of a CSV file whose first row names its columns. Above each field, choose the file column that fills it. Rows that need fixing or repeat a user are not sent; double-click a cell to fix it.</source>
        <translation>Legt für jede Zeile einer CSV-Datei, deren erste Zeile die Spalten benennt, einen Benutzer an. Wählen Sie über jedem Feld die Dateispalte, die es füllt. Zeilen, die korrigiert werden müssen oder einen Benutzer wiederholen, werden nicht gesendet; doppelklicken Sie auf eine Zelle, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>File column:</source>
        <translation>Dateispalte:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln required field(s) could not be matched to a column of the file: choose the column above each one marked *.</source>
        <translation>
            <numerusform>%Ln Pflichtfeld konnte keiner Spalte der Datei zugeordnet werden: Wählen Sie die Spalte über jedem mit * markierten Feld.</numerusform>
            <numerusform>%Ln Pflichtfelder konnten keiner Spalte der Datei zugeordnet werden: Wählen Sie die Spalte über jedem mit * markierten Feld.</numerusform>
        </translation>
    </message>
    <message>
        <source>File column for %1</source>
        <translation>Dateispalte für %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>The file column that fills %1</source>
        <translation>Die Dateispalte, die %1 füllt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %Ln User(s)</source>
        <translation>
            <numerusform>%Ln Benutzer &amp;anlegen</numerusform>
            <numerusform>%Ln Benutzer &amp;anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create Users</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>File: %1 (%Ln row(s))</source>
        <translation>
            <numerusform>Datei: %1 (%Ln Zeile)</numerusform>
            <numerusform>Datei: %1 (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %Ln s as the server asked…</source>
        <translation>
            <numerusform>Warte %Ln s, wie vom Server erbeten…</numerusform>
            <numerusform>Warte %Ln s, wie vom Server erbeten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) created.</source>
        <translation>
            <numerusform>%Ln Benutzer angelegt.</numerusform>
            <numerusform>%Ln Benutzer angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refused by the server stay in the list with its reason: fix them and create again.</source>
        <translation>
            <numerusform>%Ln vom Server abgelehnte Zeile bleibt mit der Begründung in der Liste: Korrigieren Sie sie und legen Sie sie erneut an.</numerusform>
            <numerusform>%Ln vom Server abgelehnte Zeilen bleiben mit der Begründung in der Liste: Korrigieren Sie sie und legen Sie sie erneut an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln row(s) no answer came: the server may or may not have created them. Refresh the list before sending them again.</source>
        <translation>
            <numerusform>Für %Ln Zeile kam keine Antwort: Der Server hat den Benutzer möglicherweise angelegt. Aktualisieren Sie die Liste, bevor Sie sie erneut senden.</numerusform>
            <numerusform>Für %Ln Zeilen kam keine Antwort: Der Server hat die Benutzer möglicherweise angelegt. Aktualisieren Sie die Liste, bevor Sie sie erneut senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>%1 matches the existing user %2.</source>
        <translation>%1 entspricht dem vorhandenen Benutzer %2.</translation>
    </message>
    <message>
        <source>%1 repeats row %2.</source>
        <translation>%1 wiederholt Zeile %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ready</source>
        <translation>
            <numerusform>%Ln bereit</numerusform>
            <numerusform>%Ln bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) fixing</source>
        <translation>
            <numerusform>%Ln zu korrigieren</numerusform>
            <numerusform>%Ln zu korrigieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln angelegt</numerusform>
            <numerusform>%Ln angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused by the server</source>
        <translation>
            <numerusform>%Ln vom Server abgelehnt</numerusform>
            <numerusform>%Ln vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no answer</source>
        <translation>
            <numerusform>%Ln ohne Antwort</numerusform>
            <numerusform>%Ln ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>Zu korrigieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Created with ID %1.</source>
        <translation>Angelegt mit der ID %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>IntegrationTableModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Body ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>must be a JSON object, such as {&quot;name&quot;: &quot;Jane&quot;}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;name&quot;: &quot;Jane&quot;}</translation>
    </message>
</context>
<context>
    <name>LoadMoreBar</name>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load &amp;All</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Load the next few pages and keep filtering</source>
        <translation>Die nächsten Seiten laden und weiter filtern</translation>
    </message>
    <message>
        <source>Load every user of this list from the server</source>
        <translation>Alle Benutzer dieser Liste vom Server laden</translation>
    </message>
    <message>
        <source>Loading all users… %1.</source>
        <translation>Alle Benutzer werden geladen… %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) among %1. Load more to look further, or refine the filter.</source>
        <translation>
            <numerusform>%Ln Treffer unter %1. Laden Sie mehr, um weiterzusuchen, oder verfeinern Sie den Filter.</numerusform>
            <numerusform>%Ln Treffer unter %1. Laden Sie mehr, um weiterzusuchen, oder verfeinern Sie den Filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer geladen</numerusform>
            <numerusform>%1 von %Ln Benutzern geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) loaded</source>
        <translation>
            <numerusform>%Ln Benutzer geladen</numerusform>
            <numerusform>%Ln Benutzer geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Co&amp;nnection: </source>
        <translation>Verbi&amp;ndung: </translation>
    </message>
    <message>
        <source>&amp;About Roster</source>
        <translation>&amp;Über Roster</translation>
    </message>
    <message>
        <source>About Roster</source>
        <translation>Über Roster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster %1&lt;/b&gt;&lt;p&gt;A desktop console for the users of user-management REST services.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Roster %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für die Benutzer von REST-Diensten zur Benutzerverwaltung.&lt;/p&gt;&lt;p&gt;Einstellungen: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;.</source>
        <translation>Nicht bei „%1“ angemeldet.</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The user list could not be loaded. %1</source>
        <translation>Die Benutzerliste konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 — Roster</source>
        <translation>%1 — Roster</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>NetworkOptionsWidget</name>
    <message>
        <source>Proxy and certificates</source>
        <translation>Proxy und Zertifikate</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>System settings: the desktop&apos;s proxy settings, or http_proxy, https_proxy and no_proxy where they are set.</source>
        <translation>Systemeinstellungen: die Proxy-Einstellungen des Desktops oder http_proxy, https_proxy und no_proxy, wo sie gesetzt sind.</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>http://host:port or socks5://host:port</source>
        <translation>http://host:port oder socks5://host:port</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s CA certificate, trusted for this connection only.</source>
        <translation>Eine PEM-Datei mit dem CA-Zertifikat Ihrer Organisation, nur für diese Verbindung vertrauenswürdig.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des festgelegten Zertifikats</translation>
    </message>
    <message>
        <source>None: Roster asks when a server&apos;s certificate is not trusted</source>
        <translation>Keiner: Roster fragt, wenn dem Zertifikat eines Servers nicht vertraut wird</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the one server certificate this connection trusts without a certificate authority, in hex; colons are optional.</source>
        <translation>Der SHA-256-Fingerabdruck des einen Serverzertifikats, dem diese Verbindung ohne Zertifizierungsstelle vertraut, hexadezimal; Doppelpunkte sind optional.</translation>
    </message>
    <message>
        <source>F&amp;orget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Stop trusting the pinned certificate</source>
        <translation>Dem festgelegten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Festgele&amp;gtes Zertifikat:</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>OrgAppDialect</name>
    <message>
        <source>acct_…</source>
        <translation>acct_…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Org App</source>
        <translation>Org App</translation>
    </message>
    <message>
        <source>Org-scoped app users with projects, artifacts and integrations.</source>
        <translation>App-Benutzer einer Organisation mit Projekten, Artefakten und Integrationen.</translation>
    </message>
    <message>
        <source>Organization slug</source>
        <translation>Organisationskürzel</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>who am I</source>
        <translation>die Abfrage des eigenen Kontos</translation>
    </message>
    <message>
        <source>the user list</source>
        <translation>die Benutzerliste</translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation>das Profil des Benutzers</translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation>der Benutzer hat keine „id“</translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation>das Anlegen des Benutzers</translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation>das Speichern des Benutzers</translation>
    </message>
    <message>
        <source>activating the user</source>
        <translation>das Aktivieren des Benutzers</translation>
    </message>
    <message>
        <source>deactivating the user</source>
        <translation>das Deaktivieren des Benutzers</translation>
    </message>
    <message>
        <source>it names another user</source>
        <translation>sie nennt einen anderen Benutzer</translation>
    </message>
    <message>
        <source>it has no known &quot;state&quot;</source>
        <translation>sie hat keinen bekannten „state“</translation>
    </message>
    <message>
        <source>the user&apos;s projects</source>
        <translation>die Projekte des Benutzers</translation>
    </message>
    <message>
        <source>the user&apos;s latest artifacts</source>
        <translation>die neuesten Artefakte des Benutzers</translation>
    </message>
    <message>
        <source>your integrations</source>
        <translation>Ihre Integrationen</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Roster holds at most %1 rows in one list; refine the search to see the rest.</source>
        <translation>Roster hält höchstens %1 Zeilen in einer Liste; verfeinern Sie die Suche, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>The server sent page %1 again with only users already listed, so Roster stopped loading there.</source>
        <translation>Der Server hat Seite %1 erneut nur mit bereits aufgeführten Benutzern gesendet, daher hat Roster dort aufgehört zu laden.</translation>
    </message>
</context>
<context>
    <name>PapermergeDialect</name>
    <message>
        <source>letters, digits and @.+-_</source>
        <translation>Buchstaben, Ziffern und @.+-_</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Papermerge</source>
        <translation>Papermerge</translation>
    </message>
    <message>
        <source>Papermerge core 2.1 users over JSON:API: sign in with a username and password.</source>
        <translation>Benutzer von Papermerge Core 2.1 über JSON:API: Anmeldung mit Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <source>it has no &quot;token&quot;</source>
        <translation>sie hat kein „token“</translation>
    </message>
    <message>
        <source>its token contains control characters</source>
        <translation>ihr Token enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>who am I</source>
        <translation>die Abfrage des eigenen Kontos</translation>
    </message>
    <message>
        <source>the user list</source>
        <translation>die Benutzerliste</translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation>das Profil des Benutzers</translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation>der Benutzer hat keine „id“</translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation>das Anlegen des Benutzers</translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation>das Speichern des Benutzers</translation>
    </message>
    <message>
        <source>activating the user</source>
        <translation>das Aktivieren des Benutzers</translation>
    </message>
    <message>
        <source>deactivating the user</source>
        <translation>das Deaktivieren des Benutzers</translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation>das Löschen des Benutzers</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>das Ändern des Passworts</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Basisordner</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Eingangsordner</translation>
    </message>
</context>
<context>
    <name>PaprDialect</name>
    <message>
        <source>{ &quot;name&quot;: &quot;Jane Doe&quot; }</source>
        <translation>{ &quot;name&quot;: &quot;Erika Mustermann&quot; }</translation>
    </message>
    <message>
        <source>your system&apos;s id, e.g. user123</source>
        <translation>die ID in Ihrem System, z. B. user123</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Papr Memory</source>
        <translation>Papr Memory</translation>
    </message>
    <message>
        <source>Developer-scoped users with free-form metadata, batch create and delete by external ID.</source>
        <translation>Benutzer eines Entwicklers mit freien Metadaten, Stapel-Anlegen und Löschen nach externer ID.</translation>
    </message>
    <message>
        <source>API key (X-API-Key)</source>
        <translation>API-Schlüssel (X-API-Key)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Session token (X-Session-Token)</source>
        <translation>Sitzungs-Token (X-Session-Token)</translation>
    </message>
    <message>
        <source>Session token</source>
        <translation>Sitzungs-Token</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>the user list</source>
        <translation>die Benutzerliste</translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation>das Profil des Benutzers</translation>
    </message>
    <message>
        <source>the user has no &quot;user_id&quot;</source>
        <translation>der Benutzer hat keine „user_id“</translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation>das Anlegen des Benutzers</translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation>das Speichern des Benutzers</translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation>das Löschen des Benutzers</translation>
    </message>
    <message>
        <source>deleting the user by external ID</source>
        <translation>das Löschen des Benutzers nach externer ID</translation>
    </message>
    <message>
        <source>creating the users</source>
        <translation>das Anlegen der Benutzer</translation>
    </message>
    <message>
        <source>The server did not create this user.</source>
        <translation>Der Server hat diesen Benutzer nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Context: %1</source>
        <translation>Kontext: %1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Default member role: %1</source>
        <translation>Standardrolle der Mitglieder: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
</context>
<context>
    <name>ProxyRouting</name>
    <message>
        <source>Enter the proxy as http://host:port or socks5://host:port.</source>
        <translation>Geben Sie den Proxy als http://host:port oder socks5://host:port ein.</translation>
    </message>
    <message>
        <source>The proxy must not contain line breaks or other control characters.</source>
        <translation>Der Proxy darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The proxy must be an address such as http://proxy.example.com:3128.</source>
        <translation>Der Proxy muss eine Adresse wie http://proxy.example.com:3128 sein.</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password (user:password@): Roster would have to keep them in the settings file.</source>
        <translation>Die Proxy-Adresse darf keinen Benutzernamen und kein Passwort enthalten (benutzer:passwort@): Roster müsste sie in der Einstellungsdatei speichern.</translation>
    </message>
    <message>
        <source>The proxy address is only a scheme, a host and a port, such as http://proxy.example.com:3128.</source>
        <translation>Die Proxy-Adresse besteht nur aus Schema, Host und Port, etwa http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <source>Roster speaks to http:// and socks5:// proxies, not %1://.</source>
        <translation>Roster spricht mit http://- und socks5://-Proxys, nicht mit %1://.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedWindow</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recently Deleted — Roster</source>
        <translation>Zuletzt gelöscht — Roster</translation>
    </message>
    <message>
        <source>Users deleted through Roster, with their last known record. A service cannot undelete: re-creating makes a new user with these fields, a new ID and no password.</source>
        <translation>Über Roster gelöschte Benutzer mit ihrem letzten bekannten Datensatz. Ein Dienst kann nichts wiederherstellen: Neu anlegen erzeugt einen neuen Benutzer mit diesen Feldern, einer neuen ID und ohne Passwort.</translation>
    </message>
    <message>
        <source>Deleted users</source>
        <translation>Gelöschte Benutzer</translation>
    </message>
    <message>
        <source>Last known record</source>
        <translation>Letzter bekannter Datensatz</translation>
    </message>
    <message>
        <source>Select a deleted user to see their last known record.</source>
        <translation>Wählen Sie einen gelöschten Benutzer aus, um seinen letzten bekannten Datensatz zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Re-create…</source>
        <translation>Neu &amp;anlegen…</translation>
    </message>
    <message>
        <source>No deleted users.</source>
        <translation>Keine gelöschten Benutzer.</translation>
    </message>
    <message>
        <source>Users you delete through Roster are kept here, so one deleted by mistake can be re-created.</source>
        <translation>Benutzer, die Sie über Roster löschen, werden hier aufbewahrt, damit ein versehentlich gelöschter neu angelegt werden kann.</translation>
    </message>
    <message>
        <source>Deleted from %1 on %2</source>
        <translation>Gelöscht aus %1 am %2</translation>
    </message>
    <message>
        <source>Former ID: %1 (the new user gets a new one)</source>
        <translation>Frühere ID: %1 (der neue Benutzer bekommt eine neue)</translation>
    </message>
    <message>
        <source>Select a deleted user to re-create them.</source>
        <translation>Wählen Sie einen gelöschten Benutzer aus, um ihn neu anzulegen.</translation>
    </message>
    <message>
        <source>Open the connection “%1” to re-create this user.</source>
        <translation>Öffnen Sie die Verbindung „%1“, um diesen Benutzer neu anzulegen.</translation>
    </message>
    <message>
        <source>This service cannot create users.</source>
        <translation>Dieser Dienst kann keine Benutzer anlegen.</translation>
    </message>
    <message>
        <source>Opens the new user form with these fields.</source>
        <translation>Öffnet das Formular für einen neuen Benutzer mit diesen Feldern.</translation>
    </message>
</context>
<context>
    <name>RecordTableModels</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>RecoveryLog</name>
    <message>
        <source>The recovery file %1 cannot be written: %2</source>
        <translation>Die Wiederherstellungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoteUserDirectory</name>
    <message>
        <source>creating users</source>
        <translation>das Anlegen von Benutzern</translation>
    </message>
    <message>
        <source>editing users</source>
        <translation>das Bearbeiten von Benutzern</translation>
    </message>
    <message>
        <source>deleting users</source>
        <translation>das Löschen von Benutzern</translation>
    </message>
    <message>
        <source>changing a user&apos;s state</source>
        <translation>das Ändern des Status eines Benutzers</translation>
    </message>
    <message>
        <source>creating users in a batch</source>
        <translation>das Anlegen von Benutzern im Stapel</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>changing passwords</source>
        <translation>das Ändern von Passwörtern</translation>
    </message>
    <message>
        <source>showing the signed-in user</source>
        <translation>das Anzeigen des angemeldeten Benutzers</translation>
    </message>
    <message>
        <source>deleting users by external ID</source>
        <translation>das Löschen von Benutzern nach externer ID</translation>
    </message>
    <message>
        <source>this</source>
        <translation>dies</translation>
    </message>
    <message>
        <source>This user has no id, so Roster cannot address it on the server. Nothing was sent.</source>
        <translation>Dieser Benutzer hat keine ID, daher kann Roster ihn auf dem Server nicht ansprechen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server gave this user the id &quot;%1&quot;, which would address another resource in a request. Nothing was sent.</source>
        <translation>Der Server hat diesem Benutzer die ID „%1“ gegeben, die in einer Anfrage eine andere Ressource ansprechen würde. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The id of this user contains control characters, so Roster does not put it in a request. Nothing was sent.</source>
        <translation>Die ID dieses Benutzers enthält Steuerzeichen, daher setzt Roster sie in keine Anfrage ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This service does not support %1.</source>
        <translation>Dieser Dienst unterstützt %1 nicht.</translation>
    </message>
    <message>
        <source>This service does not support this.</source>
        <translation>Dieser Dienst unterstützt das nicht.</translation>
    </message>
</context>
<context>
    <name>RestV1Dialect</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>REST v1</source>
        <translation>REST v1</translation>
    </message>
    <message>
        <source>Users with roles and an active, inactive or suspended status; searched on the server.</source>
        <translation>Benutzer mit Rollen und dem Status aktiv, inaktiv oder gesperrt; Suche auf dem Server.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>the user list</source>
        <translation>die Benutzerliste</translation>
    </message>
    <message>
        <source>the user&apos;s profile</source>
        <translation>das Profil des Benutzers</translation>
    </message>
    <message>
        <source>it has no &quot;data&quot; object</source>
        <translation>sie hat kein Objekt „data“</translation>
    </message>
    <message>
        <source>the user has no &quot;id&quot;</source>
        <translation>der Benutzer hat keine „id“</translation>
    </message>
    <message>
        <source>creating the user</source>
        <translation>das Anlegen des Benutzers</translation>
    </message>
    <message>
        <source>saving the user</source>
        <translation>das Speichern des Benutzers</translation>
    </message>
    <message>
        <source>changing the user&apos;s status</source>
        <translation>das Ändern des Benutzerstatus</translation>
    </message>
    <message>
        <source>deleting the user</source>
        <translation>das Löschen des Benutzers</translation>
    </message>
    <message>
        <source>it does not say &quot;success&quot;: true</source>
        <translation>sie enthält nicht „success“: true</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
</context>
<context>
    <name>ServiceRegistry</name>
    <message>
        <source>Choose the kind of service.</source>
        <translation>Wählen Sie die Art des Dienstes.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be a full http:// or https:// address, such as %1.</source>
        <translation>Die Basis-URL muss eine vollständige http://- oder https://-Adresse sein, etwa %1.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password (user:password@). Enter the credential in its own field: Roster keeps it in the system keychain, never in the settings file.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen und kein Passwort enthalten (user:password@). Geben Sie die Zugangsdaten in ihrem eigenen Feld ein: Roster bewahrt sie im Schlüsselbund des Systems auf, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1 is reached over plain http://, so the credential would cross the network unencrypted. Use https://, or confirm that you accept this for a server you control.</source>
        <translation>%1 wird über unverschlüsseltes http:// erreicht, die Zugangsdaten würden also unverschlüsselt durch das Netzwerk gehen. Verwenden Sie https:// oder bestätigen Sie, dass Sie dies für einen Server unter Ihrer Kontrolle akzeptieren.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Bitte %1 eingeben.</translation>
    </message>
    <message>
        <source>The %1 must not contain line breaks or other control characters.</source>
        <translation>Das Feld „%1“ darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The API prefix must not contain line breaks or other control characters.</source>
        <translation>Das API-Präfix darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the username to sign in with.</source>
        <translation>Geben Sie den Benutzernamen für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>The username must not contain line breaks or other control characters.</source>
        <translation>Der Benutzername darf keine Zeilenumbrüche oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Die Wartezeit muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The time limit for a whole request must be at least the timeout and at most 3,600 seconds.</source>
        <translation>Das Zeitlimit für eine ganze Anfrage muss mindestens so groß wie die Wartezeit und höchstens 3.600 Sekunden sein.</translation>
    </message>
    <message>
        <source>The requests at once must be between 1 and 16.</source>
        <translation>Die gleichzeitigen Anfragen müssen zwischen 1 und 16 liegen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the server may stay silent before a request fails.</source>
        <translation>Wie lange der Server schweigen darf, bevor eine Anfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>How long one request may take in all, retries included, even when the server keeps sending a little now and then.</source>
        <translation>Wie lange eine Anfrage insgesamt dauern darf, Wiederholungen eingeschlossen, auch wenn der Server ab und zu etwas sendet.</translation>
    </message>
    <message>
        <source>Send the credential unencrypted (plain http://) to this server</source>
        <translation>Zugangsdaten unverschlüsselt (über http://) an diesen Server senden</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a credential sent over http://. Tick this only for a server you control on a network you trust.</source>
        <translation>Jeder auf dem Netzwerkweg kann Zugangsdaten mitlesen, die über http:// gesendet werden. Aktivieren Sie dies nur für einen Server unter Ihrer Kontrolle in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers überprüfen</translation>
    </message>
    <message>
        <source>Without verification anyone on the network path can read the credential. Use this only for a test server you control.</source>
        <translation>Ohne Überprüfung kann jeder auf dem Netzwerkweg die Zugangsdaten mitlesen. Verwenden Sie dies nur für einen Testserver unter Ihrer Kontrolle.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>API prefix:</source>
        <translation>API-Präfix:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Credential:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Wartezeit:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Save and Connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The credential must not contain line breaks or other control characters.</source>
        <translation>Die Zugangsdaten dürfen keine Zeilenumbrüche oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>No connections yet. Click Add to set one up.</source>
        <translation>Noch keine Verbindungen. Klicken Sie auf „Hinzufügen“, um eine einzurichten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How many requests a bulk change, an import or loading the list sends at once.</source>
        <translation>Wie viele Anfragen eine Massenänderung, ein Import oder das Laden der Liste gleichzeitig sendet.</translation>
    </message>
    <message>
        <source>Requests at once:</source>
        <translation>Gleichzeitige Anfragen:</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (Roster reads PEM files, -----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei %1 enthält kein Zertifikat (Roster liest PEM-Dateien, -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The CA certificate file name must not contain control characters.</source>
        <translation>Der Name der CA-Zertifikatsdatei darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256), colons allowed.</source>
        <translation>Der Fingerabdruck des festgelegten Zertifikats muss aus 64 Hexadezimalziffern bestehen (SHA-256); Doppelpunkte sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>&amp;Import Users…</source>
        <translation>Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Users…</source>
        <translation>Benutzer e&amp;xportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer importiert.</numerusform>
            <numerusform>%Ln Benutzer importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Trust this certificate for &quot;%1&quot;?</source>
        <translation>Diesem Zertifikat für „%1“ vertrauen?</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your server&apos;s administrator gave you. If they are the same, Roster trusts this certificate for this connection only and remembers it; if the server later presents another certificate, the connection fails and says so.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Administration des Servers genannt hat. Stimmen beide überein, vertraut Roster diesem Zertifikat nur für diese Verbindung und merkt es sich; legt der Server später ein anderes Zertifikat vor, schlägt die Verbindung fehl und sagt das.</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>New &amp;Users…</source>
        <translation>&amp;Mehrere Benutzer anlegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete by E&amp;xternal ID…</source>
        <translation>Nach e&amp;xterner ID löschen…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy E&amp;mail</source>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Load All Users</source>
        <translation>Alle Benutzer &amp;laden</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Recently &amp;Deleted…</source>
        <translation>Zuletzt &amp;gelöscht…</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Set &amp;State</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>No answer came, so the server may or may not have applied this (%1).</source>
        <translation>Es kam keine Antwort; der Server hat dies möglicherweise übernommen (%1).</translation>
    </message>
    <message>
        <source>The list shows what it holds now.</source>
        <translation>Die Liste zeigt, was er jetzt enthält.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Re-created %1 as a new user.</source>
        <translation>%1 als neuer Benutzer neu angelegt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>The server removes the account. Roster keeps the last known record under View › Recently Deleted, from where it can be re-created as a new user.</source>
        <translation>Der Server entfernt das Konto. Roster behält den letzten bekannten Datensatz unter Ansicht › Zuletzt gelöscht; von dort kann es als neuer Benutzer neu angelegt werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete by External ID</source>
        <translation>Nach externer ID löschen</translation>
    </message>
    <message>
        <source>External ID of the user to delete permanently:</source>
        <translation>Externe ID des Benutzers, der endgültig gelöscht werden soll:</translation>
    </message>
    <message>
        <source>Deleted %1 (external ID %2).</source>
        <translation>%1 gelöscht (externe ID %2).</translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer angelegt.</numerusform>
            <numerusform>%Ln Benutzer angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Erneut eingeben</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Type the %1 again to confirm it.</source>
        <translation>Geben Sie das Feld „%1“ zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <source>The two %1 entries do not match.</source>
        <translation>Die beiden Eingaben für „%1“ stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Re-creating a deleted user: the new user gets a new ID, and no password or other data from before beyond these fields.</source>
        <translation>Ein gelöschter Benutzer wird neu angelegt: Der neue Benutzer bekommt eine neue ID und außer diesen Feldern weder Passwort noch andere Daten von früher.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The server may or may not have applied this change (%1).</source>
        <translation>Der Server hat diese Änderung möglicherweise übernommen (%1).</translation>
    </message>
    <message>
        <source>It now holds: %1.</source>
        <translation>Er enthält jetzt: %1.</translation>
    </message>
    <message>
        <source>Refresh the list before creating the user again.</source>
        <translation>Aktualisieren Sie die Liste, bevor Sie den Benutzer erneut anlegen.</translation>
    </message>
    <message>
        <source>Nothing was saved. The form now shows the values on the server.</source>
        <translation>Es wurde nichts gespeichert. Das Formular zeigt jetzt die Werte auf dem Server.</translation>
    </message>
    <message>
        <source>Nothing to save: the server&apos;s values were kept.</source>
        <translation>Nichts zu speichern: Die Werte des Servers wurden behalten.</translation>
    </message>
    <message>
        <source>Only the fields you change are saved.</source>
        <translation>Nur die geänderten Felder werden gespeichert.</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>UserExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>UserExportJob</name>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>UserFields</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Superuser</source>
        <translation>Superuser</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>lowercase</source>
        <comment>how a field label reads inside a sentence</comment>
        <extracomment>Answer &quot;lowercase&quot; if a field label inside a sentence is written in lower case (&quot;Type the email again&quot;), anything else (e.g. &quot;keep&quot;) to keep it as it is.</extracomment>
        <translation>keep</translation>
    </message>
</context>
<context>
    <name>UserListPane</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>UserListStates</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Choose a connection in the toolbar to see its users.</source>
        <translation>Wählen Sie in der Werkzeugleiste eine Verbindung, um ihre Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>The first page is on its way from the server.</source>
        <translation>Die erste Seite ist vom Server unterwegs.</translation>
    </message>
    <message>
        <source>The users could not be loaded</source>
        <translation>Die Benutzer konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No users yet</source>
        <translation>Noch keine Benutzer</translation>
    </message>
    <message>
        <source>This service has no users. New User creates the first one.</source>
        <translation>Dieser Dienst hat keine Benutzer. „Neuer Benutzer“ legt den ersten an.</translation>
    </message>
    <message>
        <source>No users match</source>
        <translation>Keine passenden Benutzer</translation>
    </message>
    <message>
        <source>No user matches the search or filters. Clear them to see every user.</source>
        <translation>Kein Benutzer passt zur Suche oder zu den Filtern. Setzen Sie sie zurück, um alle Benutzer zu sehen.</translation>
    </message>
</context>
<context>
    <name>UserListStatus</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Wird geladen… %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer</numerusform>
            <numerusform>%1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · searched on the server</source>
        <translation>%1 · auf dem Server gesucht</translation>
    </message>
    <message>
        <source>The server searched for “%1”; only the users it found are loaded.</source>
        <translation>Der Server hat nach „%1“ gesucht; nur die gefundenen Benutzer sind geladen.</translation>
    </message>
    <message>
        <source>%1 · filtered on the server</source>
        <translation>%1 · auf dem Server gefiltert</translation>
    </message>
    <message>
        <source>The server filtered the list; only the users it let through are loaded.</source>
        <translation>Der Server hat die Liste gefiltert; nur die durchgelassenen Benutzer sind geladen.</translation>
    </message>
    <message>
        <source>%1 match in loaded users · %2</source>
        <translation>%1 Treffer in geladenen Benutzern · %2</translation>
    </message>
    <message>
        <source>The filter box looks at the loaded users only, here; users not loaded yet are not searched.</source>
        <translation>Das Filterfeld durchsucht hier nur die geladenen Benutzer; noch nicht geladene Benutzer werden nicht durchsucht.</translation>
    </message>
</context>
<context>
    <name>UserStates</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Canceled before anything was sent; nothing changed.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Canceled after the request was sent; the user may or may not have been created. Refresh the list to see.</source>
        <translation>Abgebrochen, nachdem die Anfrage gesendet wurde; der Benutzer wurde möglicherweise angelegt. Aktualisieren Sie die Liste, um es zu sehen.</translation>
    </message>
    <message>
        <source>%1 no longer exists on the server; nothing was saved.</source>
        <translation>%1 existiert auf dem Server nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Canceled after the change was sent.</source>
        <translation>Abgebrochen, nachdem die Änderung gesendet wurde.</translation>
    </message>
    <message>
        <source>Canceled after it was sent.</source>
        <translation>Abgebrochen, nachdem es gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 was already deleted on the server.</source>
        <translation>%1 wurde auf dem Server bereits gelöscht.</translation>
    </message>
    <message>
        <source>No user has the external ID %1; nothing was deleted.</source>
        <translation>Kein Benutzer hat die externe ID %1; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Canceled after the deletion was sent.</source>
        <translation>Abgebrochen, nachdem die Löschung gesendet wurde.</translation>
    </message>
    <message>
        <source>Canceled after the batch was sent; some users may have been created. Refresh the list to see.</source>
        <translation>Abgebrochen, nachdem der Stapel gesendet wurde; einige Benutzer wurden möglicherweise angelegt. Aktualisieren Sie die Liste, um es zu sehen.</translation>
    </message>
    <message>
        <source>Canceled after it was sent; the password may or may not have changed.</source>
        <translation>Abgebrochen, nachdem es gesendet wurde; das Passwort wurde möglicherweise geändert.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Saved connections:</source>
        <translation>Gespeicherte Verbindungen:</translation>
    </message>
    <message>
        <source>Welcome to Roster</source>
        <translation>Willkommen bei Roster</translation>
    </message>
    <message>
        <source>Roster administers the users of your user-management services: search the directory, open a user, edit them, activate or deactivate them, and see their projects and artifacts.

Add a connection to your own service, or open the demo to try Roster against a built-in server with sample data.</source>
        <translation>Roster verwaltet die Benutzer Ihrer Dienste zur Benutzerverwaltung: Verzeichnis durchsuchen, Benutzer öffnen und bearbeiten, aktivieren oder deaktivieren und ihre Projekte und Artefakte ansehen.

Fügen Sie eine Verbindung zu Ihrem eigenen Dienst hinzu, oder öffnen Sie die Demo, um Roster mit einem eingebauten Server und Beispieldaten auszuprobieren.</translation>
    </message>
    <message>
        <source>Add Connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Open Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
