#include "registry/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

QList<Term> Vocabulary::statuses()
{
    return {{u"applicant"_s, tr("Applicant")},
            {u"active"_s, tr("Active")},
            {u"suspended"_s, tr("Suspended")},
            {u"exited"_s, tr("Exited")},
            {u"reentered"_s, tr("Re-entered")}};
}

QList<Term> Vocabulary::relations()
{
    return {{u"head"_s, tr("Head of household")}, {u"spouse"_s, tr("Spouse")},   {u"son"_s, tr("Son")},
            {u"daughter"_s, tr("Daughter")},      {u"father"_s, tr("Father")},    {u"mother"_s, tr("Mother")},
            {u"brother"_s, tr("Brother")},        {u"sister"_s, tr("Sister")},    {u"grandchild"_s, tr("Grandchild")},
            {u"grandparent"_s, tr("Grandparent")}, {u"other"_s, tr("Other relative")}};
}

QList<Term> Vocabulary::sexes()
{
    return {{u"male"_s, tr("Male")}, {u"female"_s, tr("Female")}};
}

QList<Term> Vocabulary::maritalStatuses()
{
    return {{u"single"_s, tr("Single")},
            {u"married"_s, tr("Married")},
            {u"divorced"_s, tr("Divorced")},
            {u"widowed"_s, tr("Widowed")}};
}

QList<Term> Vocabulary::educationLevels()
{
    return {{u"none"_s, tr("No schooling")},        {u"literacy"_s, tr("Reads and writes")},
            {u"primary"_s, tr("Primary")},          {u"intermediate"_s, tr("Intermediate")},
            {u"secondary"_s, tr("Secondary")},      {u"diploma"_s, tr("Diploma")},
            {u"bachelor"_s, tr("Bachelor's degree")}, {u"postgraduate"_s, tr("Postgraduate")}};
}

QList<Term> Vocabulary::employmentStatuses()
{
    return {{u"employed"_s, tr("Employed")},         {u"self_employed"_s, tr("Self-employed")},
            {u"unemployed"_s, tr("Unemployed, looking for work")}, {u"not_looking"_s, tr("Not looking for work")},
            {u"student"_s, tr("Student")},           {u"retired"_s, tr("Retired")},
            {u"homemaker"_s, tr("Homemaker")},       {u"unable"_s, tr("Unable to work")}};
}

QList<Term> Vocabulary::housingTypes()
{
    return {{u"house"_s, tr("House")},
            {u"apartment"_s, tr("Apartment")},
            {u"traditional"_s, tr("Traditional house")},
            {u"room"_s, tr("Room")},
            {u"informal"_s, tr("Informal or temporary shelter")}};
}

QList<Term> Vocabulary::housingOwnership()
{
    return {{u"owned"_s, tr("Owned")},
            {u"rented"_s, tr("Rented")},
            {u"family"_s, tr("Family-owned, no rent")},
            {u"charity"_s, tr("Provided by a charity or the state")},
            {u"other"_s, tr("Other")}};
}

QList<Term> Vocabulary::incomeSources()
{
    return {{u"salary"_s, tr("Salary")},
            {u"pension"_s, tr("Pension")},
            {u"social_security"_s, tr("Social security")},
            {u"own_business"_s, tr("Own business")},
            {u"family_support"_s, tr("Family support")},
            {u"other"_s, tr("Other income")}};
}

QList<Term> Vocabulary::defaultCategories()
{
    return {{u"female_headed"_s, tr("Female-headed household")},
            {u"elderly"_s, tr("Elderly without support")},
            {u"disability"_s, tr("Person with disability")},
            {u"orphans"_s, tr("Orphans")},
            {u"chronic_illness"_s, tr("Chronic illness")},
            {u"productive_family"_s, tr("Productive family")}};
}

QString Vocabulary::label(const QList<Term> &terms, const QString &key)
{
    for (const Term &t : terms) {
        if (t.key == key)
            return t.label;
    }
    return key;
}

bool Vocabulary::contains(const QList<Term> &terms, const QString &key)
{
    for (const Term &t : terms) {
        if (t.key == key)
            return true;
    }
    return false;
}

} // namespace tamkeen::registry
