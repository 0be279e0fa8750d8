#include "impact/SatisfactionDialog.h"

#include "format/Display.h"
#include "registry/MemberService.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;
using tamkeen::impact::Occasion;
using tamkeen::impact::SatisfactionService;

namespace tamkeen::ui {

namespace {
constexpr int kNoAnswer = 0; // the id of each row's "no answer" button
}

SatisfactionDialog::SatisfactionDialog(storage::Database &db, const AppSettings &settings,
                                       const security::Session &session, const QByteArray &householdId,
                                       std::optional<Occasion> occasion, const QByteArray &occasionId,
                                       const QByteArray &memberId, QWidget *parent)
    : FormDialog(tr("Beneficiary satisfaction survey"), tr("Save"), parent), m_service(db), m_session(session),
      m_householdId(householdId), m_occasionId(occasionId), m_memberId(memberId), m_occasion(new QComboBox(this)),
      m_on(new DateField(settings, this)), m_comment(new QPlainTextEdit(this)),
      m_declined(new QCheckBox(tr("The beneficiary declined to answer"), this))
{
    setObjectName(u"satisfactionDialog"_s);
    // Skipping is always fine: the survey is optional.
    if (auto *box = findChild<QDialogButtonBox *>())
        if (QPushButton *cancel = box->button(QDialogButtonBox::Cancel))
            cancel->setText(tr("Skip"));
    m_occasion->setObjectName(u"occasion"_s);
    for (Occasion o : {Occasion::Session, Occasion::PlanReview, Occasion::Exit}) {
        if (occasion ? *occasion == o : SatisfactionService::mayRecord(session, o))
            m_occasion->addItem(SatisfactionService::occasionLabel(o), impact::occasionKey(o));
    }
    m_occasion->setEnabled(!occasion && m_occasion->count() > 1);
    m_on->setObjectName(u"askedOn"_s);
    m_on->setDate(QDate::currentDate());
    auto *askedBy = new QLabel(session.fullName.isEmpty() ? session.username : session.fullName, this);
    askedBy->setObjectName(u"askedBy"_s);
    m_comment->setObjectName(u"comment"_s);
    m_comment->setTabChangesFocus(true);
    m_comment->setMinimumHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12); // takes the spare height
    m_comment->setPlaceholderText(tr("In the beneficiary's own words, if they wish"));
    m_declined->setObjectName(u"declined"_s);

    m_form->addRow(tr("Occasion"), m_occasion);
    m_form->addRow(tr("Asked by"), askedBy);
    m_form->addRow(tr("Date"), m_on);
    m_form->addRow(m_declined);
    m_form->addRow(buildItems(settings));
    m_form->addRow(tr("Comment"), m_comment);
    connect(m_declined, &QCheckBox::toggled, this, &SatisfactionDialog::declinedToggled);
    m_fields.insert(u"askedOn"_s, m_on->editor());
    m_fields.insert(u"declined"_s, m_declined);
    m_fields.insert(u"comment"_s, m_comment);
    for (int i = 0; i < m_groups.size(); ++i)
        m_fields.insert(u"q%1"_s.arg(i + 1), m_groups[i]->button(kNoAnswer));
    finishLayout();
    setMinimumWidth(760);
}

SatisfactionDialog *SatisfactionDialog::afterSession(storage::Database &db, const AppSettings &settings,
                                                     const security::Session &session, const QByteArray &memberId,
                                                     const QByteArray &sessionId, QWidget *parent)
{
    auto member = registry::MemberService(db).member(memberId);
    if (!member || !SatisfactionService::mayRecord(session, Occasion::Session))
        return nullptr;
    auto *d = new SatisfactionDialog(db, settings, session, member.value().householdId, Occasion::Session, sessionId,
                                     memberId, parent);
    d->open();
    return d;
}

QWidget *SatisfactionDialog::buildItems(const AppSettings &settings)
{
    const Display display(settings);
    m_items = new QWidget(this);
    m_items->setObjectName(u"items"_s);
    auto *grid = new QGridLayout(m_items);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(10);
    auto *question = new QLabel(tr("How satisfied are you with…"), m_items);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    grid->addWidget(question, 0, 0);
    // The scale over its columns: each score with its meaning.
    for (int score = impact::kLowestScore; score <= impact::kHighestScore; ++score) {
        auto *head = new QLabel(display.digits(QString::number(score)) + u'\n' + SatisfactionService::scoreLabel(score),
                                m_items);
        head->setAlignment(Qt::AlignCenter);
        grid->addWidget(head, 0, score);
    }
    auto *none = new QLabel(tr("No answer"), m_items);
    none->setAlignment(Qt::AlignCenter);
    grid->addWidget(none, 0, impact::kHighestScore + 1);
    const QList<impact::SurveyItem> items = SatisfactionService::items();
    for (int i = 0; i < items.size(); ++i) {
        const int row = i + 1;
        auto *text = new QLabel(display.digits(QString::number(i + 1)) + u". "_s + items[i].text, m_items);
        // One line each: a wrapped label in a grid inside a form is given too
        // little height, and the dialog fits a 1366-pixel screen unwrapped.
        grid->addWidget(text, row, 0);
        auto *group = new QButtonGroup(m_items);
        for (int score = 0; score <= impact::kHighestScore; ++score) {
            auto *b = new QRadioButton(m_items);
            b->setObjectName(u"q%1_%2"_s.arg(i + 1).arg(score));
            // Read aloud by screen readers: the question and the score's meaning.
            b->setAccessibleName(items[i].text + u" — "_s
                                 + (score == kNoAnswer ? tr("No answer") : SatisfactionService::scoreLabel(score)));
            group->addButton(b, score);
            grid->addWidget(b, row, score == kNoAnswer ? impact::kHighestScore + 1 : score, Qt::AlignCenter);
        }
        group->button(kNoAnswer)->setChecked(true);
        m_groups << group;
    }
    grid->setColumnStretch(0, 1);
    return m_items;
}

void SatisfactionDialog::choose(int item, int score)
{
    if (QButtonGroup *g = m_groups.value(item))
        if (QAbstractButton *b = g->button(score))
            b->setChecked(true);
}

void SatisfactionDialog::declinedToggled(bool declined)
{
    m_items->setEnabled(!declined);
    m_comment->setEnabled(!declined);
}

Status SatisfactionDialog::save()
{
    impact::SurveyAnswers a;
    a.householdId = m_householdId;
    a.memberId = m_memberId;
    a.occasionId = m_occasionId;
    a.occasion = impact::occasionFromKey(m_occasion->currentData().toString()).value_or(Occasion::Session);
    a.askedOn = m_on->date();
    a.comment = m_comment->toPlainText();
    for (int i = 0; i < m_groups.size(); ++i) {
        const int score = m_groups[i]->checkedId();
        if (score > kNoAnswer)
            a.scores[size_t(i)] = score;
    }
    auto id = m_declined->isChecked() ? m_service.recordRefusal(m_session, a) : m_service.record(m_session, a);
    if (!id)
        return id.error();
    m_surveyId = id.value();
    return {};
}

} // namespace tamkeen::ui
