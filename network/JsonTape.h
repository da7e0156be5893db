#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QVariantMap>
#include <vector>

class JsonTape;

// One value of a JsonTape: a position in it, cheap to copy, valid while its tape lives. It
// answers the part of QJsonValue, QJsonObject and QJsonArray's interface that the dialects'
// readers use, with the same answers, so one reader serves both (see UserReader).
class JsonNode {
public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    JsonNode() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Number; } // QJsonValue's name for a number
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // An object's member `key` (the last one, where a key repeats, as QJsonObject keeps it);
    // undefined when there is none or this is not an object.
    JsonNode value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    // This node when it is an object (an array), else an empty one, as QJsonValue::toObject().
    JsonNode toObject() const { return isObject() ? *this : JsonNode(); }
    JsonNode toArray() const { return isArray() ? *this : JsonNode(); }
    // The items of an array, the members of an object; 0 for anything else.
    qsizetype size() const;

    QString toString() const; // a string's text, else empty
    double toDouble(double fallback = 0) const;
    bool toBool(bool fallback = false) const;
    // As QJsonValue::toVariant() and QJsonObject::toVariantMap() give them (numbers kept as
    // integers where QJsonDocument keeps them so, null as std::nullptr_t).
    QVariant toVariant() const;
    QVariantMap toVariantMap() const; // empty unless an object
    // The number as QJsonDocument holds it when that is an integer.
    bool toInteger(qint64 *integer) const;
    // This value's JSON text as it was received.
    QByteArrayView text() const;

    // Iterates an array's items (nothing for anything else).
    class Iterator {
    public:
        JsonNode operator*() const { return JsonNode(m_tape, m_index); }
        Iterator &operator++();
        bool operator!=(const Iterator &other) const { return m_index != other.m_index; }

    private:
        friend class JsonNode;
        Iterator(const JsonTape *tape, quint32 index) : m_tape(tape), m_index(index) { }
        const JsonTape *m_tape;
        quint32 m_index;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonTape;
    JsonNode(const JsonTape *tape, quint32 index) : m_tape(tape), m_index(index) { }
    bool keyIs(QLatin1String key) const;

    const JsonTape *m_tape = nullptr;
    quint32 m_index = 0;
};

// A JSON text read in one pass into a flat list of nodes that point into the text: reading a
// page of users allocates one vector, and a string becomes a QString only when it is asked
// for. QJsonDocument builds a tree of containers and copies every string twice, which made it
// a third of the CPU Roster spent on each page of users.
//
// It reads strict JSON only and refuses anything QJsonDocument might read differently: a root
// that is not an object or array, a byte order mark, control characters or lone surrogates in
// strings, a raw U+FEFF, numbers out of a double's normal range, invalid UTF-8, nesting deeper
// than 256. A caller falls back to QJsonDocument when isValid() is false (which also words the
// error), so whatever this refuses is read as before; whatever it accepts, it reads as
// QJsonDocument does.
// tst_jsontape and the fuzz_json_tape fuzzer compare the two.
class JsonTape {
public:
    explicit JsonTape(const QByteArray &text);
    ~JsonTape();
    JsonTape(const JsonTape &) = delete; // nodes point at the tape
    JsonTape &operator=(const JsonTape &) = delete;

    bool isValid() const { return !m_nodes.empty(); }
    // The root object or array; undefined when the text was refused.
    JsonNode root() const { return isValid() ? JsonNode(this, 0) : JsonNode(); }

    static constexpr int MaxDepth = 256;

private:
    friend class JsonNode;
    enum Flag : quint8 { Escaped = 1, NonAscii = 2 };
    struct Node {
        quint32 begin = 0; // in m_text: a string's content (inside the quotes), else the value's text
        quint32 size = 0;
        quint32 end = 0; // the index after this node's subtree: its next sibling
        JsonNode::Type type = JsonNode::Type::Undefined;
        quint8 flags = 0;
        union {
            quint32 count; // items or members of a container
            bool boolean;
            double number;
        };
        Node() : number(0) { }
    };

    bool read();
    bool readValue(int depth);
    bool readContainer(int depth, bool object);
    bool readString();
    bool readNumber();
    bool readLiteral(QLatin1String word, JsonNode::Type type, bool value);
    void skipSpace();
    quint32 push(JsonNode::Type type);
    QString decode(const Node &node) const;

    QByteArray m_text;
    std::vector<Node> m_nodes;
    // The last tape's node vector, kept for the next tape on this thread: a page of users needs
    // tens of kilobytes of nodes, and allocating and freeing that for every page made glibc
    // consolidate its free lists each time.
    static thread_local std::vector<Node> s_spareNodes;
    const char *m_at = nullptr;
    const char *m_end = nullptr;
};
