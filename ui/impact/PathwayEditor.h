#pragma once
// The graduation pathways an administrator defines (Settings): each with a
// name, the positive exit it leads to, the plan tracks it is for, and its
// weighted criteria and pass mark. core/impact/GraduationPathways checks
// every value again: this editor only gathers them.
#include "impact/GraduationPathways.h"
#include "security/Session.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tamkeen::ui {

class MessageBanner;

class PathwayEditor : public QWidget {
    Q_OBJECT
public:
    PathwayEditor(storage::Database &db, const security::Session &session, MessageBanner *banner, QWidget *parent = nullptr);

    QComboBox *pathways() const { return m_pathways; }
    QLineEdit *name() const { return m_name; }
    QComboBox *exitReason() const { return m_reason; }
    QCheckBox *track(const QString &key) const { return m_tracks.value(key); }
    QSpinBox *weight(impact::Criterion c) const { return m_weights.value(int(c)); }
    QCheckBox *required(impact::Criterion c) const { return m_required.value(int(c)); }
    QSpinBox *passMark() const { return m_passMark; }

    bool save();
    void startNew(); // a new pathway, with criteria suggested for its exit
    bool archiveCurrent();

private:
    void reload(const QString &select);
    void show(const impact::Pathway &p);

    storage::Database &m_db;
    security::Session m_session;
    MessageBanner *m_banner;
    QList<impact::Pathway> m_list;
    QString m_key; // the pathway in the editor; empty: a new one
    QComboBox *m_pathways;
    QLineEdit *m_name;
    QComboBox *m_reason;
    QMap<QString, QCheckBox *> m_tracks;
    QMap<int, QSpinBox *> m_weights, m_parameters;
    QMap<int, QCheckBox *> m_required;
    QSpinBox *m_passMark;
    QPushButton *m_archive;
};

} // namespace tamkeen::ui
