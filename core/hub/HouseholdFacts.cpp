#include "hub/HouseholdFacts.h"

#include <QDate>

namespace tamkeen::hub {

namespace {

void put(QByteArray &out, quint32 v)
{
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}

// A varint at p, or nullptr past `end` or beyond 32 bits.
const char *get(const char *p, const char *end, quint32 &v)
{
    v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (p >= end)
            return nullptr;
        const auto b = quint8(*p++);
        if (shift == 28 && (b & 0xf0))
            return nullptr; // more than 32 bits
        v |= quint32(b & 0x7f) << shift;
        if (!(b & 0x80))
            return p;
    }
    return nullptr;
}

} // namespace

void HouseholdFacts::appendTo(QByteArray &out) const
{
    QByteArray body;
    body += char(flags);
    for (quint32 w : {region, city, district, worker, categories, careLevel})
        put(body, w);
    put(body, registered);
    put(body, members);
    put(body, quint32(heads.size()));
    for (const Head &h : heads) {
        put(body, h.sex);
        put(body, h.birth);
    }
    put(body, quint32(counsellors.size()));
    for (quint32 c : counsellors)
        put(body, c);
    put(body, quint32(tracks.size()));
    for (quint32 t : tracks)
        put(body, t);
    put(body, quint32(statuses.size()));
    for (const Status &s : statuses) {
        put(body, s.day);
        put(body, s.status);
    }
    put(body, quint32(exits.size()));
    for (const Exit &e : exits) {
        put(body, e.day);
        put(body, e.reason * 2 + (e.reentry ? 1 : 0));
    }
    put(out, quint32(body.size()));
    out += body;
}

const char *HouseholdFacts::read(const char *p, const char *end, HouseholdFacts &f)
{
    quint32 length = 0;
    p = get(p, end, length);
    if (!p || quint64(end - p) < length)
        return nullptr;
    end = p + length;
    if (p >= end)
        return nullptr;
    f.flags = quint8(*p++);
    quint32 n = 0;
    for (quint32 *w : {&f.region, &f.city, &f.district, &f.worker, &f.categories, &f.careLevel})
        if (!(p = get(p, end, *w)))
            return nullptr;
    if (!(p = get(p, end, f.registered)) || !(p = get(p, end, f.members)))
        return nullptr;
    // Each element takes at least two bytes (one for a word or a day in the lists).
    if (!(p = get(p, end, n)) || n > quint32(end - p) / 2)
        return nullptr;
    f.heads.resize(n);
    for (Head &h : f.heads)
        if (!(p = get(p, end, h.sex)) || !(p = get(p, end, h.birth)))
            return nullptr;
    for (auto *list : {&f.counsellors, &f.tracks}) {
        if (!(p = get(p, end, n)) || n > quint32(end - p))
            return nullptr;
        list->resize(n);
        for (quint32 &w : *list)
            if (!(p = get(p, end, w)))
                return nullptr;
    }
    if (!(p = get(p, end, n)) || n > quint32(end - p) / 2)
        return nullptr;
    f.statuses.resize(n);
    for (Status &s : f.statuses)
        if (!(p = get(p, end, s.day)) || !(p = get(p, end, s.status)))
            return nullptr;
    if (!(p = get(p, end, n)) || n > quint32(end - p) / 2)
        return nullptr;
    f.exits.resize(n);
    for (Exit &e : f.exits) {
        quint32 kind = 0;
        if (!(p = get(p, end, e.day)) || !(p = get(p, end, kind)))
            return nullptr;
        e.reentry = kind & 1;
        e.reason = kind >> 1;
    }
    return p == end ? p : nullptr;
}

quint32 HouseholdFacts::day(QStringView iso)
{
    if (iso.size() != 10 || iso[4] != u'-' || iso[7] != u'-')
        return 0;
    quint32 v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const QChar c = iso[i];
        if (c < u'0' || c > u'9')
            return 0;
        v = v * 10 + quint32(c.unicode() - u'0');
    }
    return v; // "0000-00-00" is 0 too: not a day
}

QDate HouseholdFacts::date(quint32 day)
{
    return QDate(int(day / 10000), int(day / 100 % 100), int(day % 100));
}

} // namespace tamkeen::hub
