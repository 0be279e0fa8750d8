#pragma once
// The organisation's early-warning thresholds, graduation pathways with
// their readiness-to-exit criteria, and whether exported reports hide small
// numbers (administrators; they sync as organisation settings). core/impact checks
// every value again: this box only gathers them.
#include "impact/EarlyWarnings.h"
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QSpinBox;

namespace tamkeen::ui {

class MessageBanner;
class PathwayEditor;

class ImpactSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    ImpactSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                      QWidget *parent = nullptr);

    bool saveThresholds();
    bool saveCriteria(); // the pathway in the editor
    // Saved when ticked or cleared: every copy hides them after its next sync.
    bool saveSmallNumbers(bool hide);
    QCheckBox *hideSmallNumbers() const { return m_hideSmall; }
    QSpinBox *threshold(const char *name) const { return m_thresholds.value(QByteArray(name)); }
    PathwayEditor *pathways() const { return m_pathways; }
    QSpinBox *weight(impact::Criterion c) const;
    QCheckBox *required(impact::Criterion c) const;
    QSpinBox *passMark() const;

private:
    void load();
    QSpinBox *spin(const QByteArray &name, int low, int high, const QString &suffix);

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QMap<QByteArray, QSpinBox *> m_thresholds;
    PathwayEditor *m_pathways;
    QCheckBox *m_hideSmall;
};

} // namespace tamkeen::ui
