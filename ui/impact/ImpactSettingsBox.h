#pragma once
// The organisation's early-warning thresholds, readiness-to-exit criteria and
// whether exported reports hide small numbers (administrators; they sync as
// organisation settings). core/impact checks every value again: this box
// only gathers them.
#include "impact/EarlyWarnings.h"
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QSpinBox;

namespace tamkeen::ui {

class MessageBanner;

class ImpactSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    ImpactSettingsBox(storage::Database &db, const security::Session &session, MessageBanner *banner,
                      QWidget *parent = nullptr);

    bool saveThresholds();
    bool saveCriteria();
    // Saved when ticked or cleared: every copy hides them after its next sync.
    bool saveSmallNumbers(bool hide);
    QCheckBox *hideSmallNumbers() const { return m_hideSmall; }
    QSpinBox *threshold(const char *name) const { return m_thresholds.value(QByteArray(name)); }
    QSpinBox *weight(impact::Criterion c) const { return m_weights.value(int(c)); }
    QCheckBox *required(impact::Criterion c) const { return m_required.value(int(c)); }
    QSpinBox *passMark() const { return m_passMark; }

private:
    void load();
    QSpinBox *spin(const QByteArray &name, int low, int high, const QString &suffix);

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QMap<QByteArray, QSpinBox *> m_thresholds;
    QMap<int, QSpinBox *> m_weights, m_parameters;
    QMap<int, QCheckBox *> m_required;
    QSpinBox *m_passMark;
    QCheckBox *m_hideSmall;
};

} // namespace tamkeen::ui
