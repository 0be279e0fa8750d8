#pragma once
// The fixed lists of the registry: stored keys (English, stable) and translated
// labels. Keys never change once data uses them; labels may.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tamkeen::registry {

struct Term {
    QString key;
    QString label;
};

class Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    static QList<Term> statuses();       // applicant, active, suspended, exited, reentered
    static QList<Term> relations();      // head, spouse, son, daughter, …
    static QList<Term> sexes();          // male, female
    static QList<Term> maritalStatuses();
    static QList<Term> educationLevels();
    static QList<Term> employmentStatuses();
    static QList<Term> housingTypes();
    static QList<Term> housingOwnership();
    static QList<Term> incomeSources();  // salary, pension, social_security, own_business, family_support, other
    static QList<Term> defaultCategories(); // female_headed, elderly, disability, orphans, …

    // The label of `key` in `terms`, or the key itself when unknown (data from a newer version).
    static QString label(const QList<Term> &terms, const QString &key);
    static bool contains(const QList<Term> &terms, const QString &key);
};

} // namespace tamkeen::registry
