#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSettings>

// The settings file's INI text, read and written by Roster instead of QSettings' own IniFormat.
//
// Why: Qt's reader turns "@Variant(...)" and "@DateTime(...)" values into objects through
// QDataStream, which trusts the counts it reads. A hand-edited or damaged roster.conf could make
// start-up ask for tens of gigabytes at once (the settings fuzzer found one), or feed any type's
// deserializer that the process has registered. Roster only ever writes text, numbers, booleans and
// byte arrays, so this reader knows those and reads every other "@..." value as the text it is.
//
// The layout is Qt's INI layout (sections, %-escaped keys, backslash escapes, quoting, "@ByteArray"
// and "@@"): files written by earlier releases read back unchanged, and Qt's reader reads what this
// writes.
namespace IniFile {
// The QSettings format backed by read() and write(), registered on first use (thread-safe).
QSettings::Format settingsFormat();

QSettings::SettingsMap parse(QByteArrayView text);
QByteArray serialize(const QSettings::SettingsMap &map);

bool read(QIODevice &device, QSettings::SettingsMap &map);
bool write(QIODevice &device, const QSettings::SettingsMap &map);
} // namespace IniFile
