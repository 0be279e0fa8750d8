// The words of the right-of-access document: a title for each table, a label
// for each column a person is shown. A column added to a table needs its
// label here (tests/core/test_subject_report.cpp fails otherwise).
#include "registry/SubjectReport.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// Source texts (translated in tr()'s context "SubjectReportBuilder").
const QHash<QString, const char *> &titles()
{
    static const QHash<QString, const char *> t = {
        {u"members"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Personal particulars")},
        {u"households"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "The household")},
        {u"household_status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Status history of the household")},
        {u"incomes"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Incomes")},
        {u"duplicate_decisions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Checks for duplicate records")},
        {u"household_merges"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Household files merged")},
        {u"household_exits"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Exits from support and returns")},
        {u"exit_followups"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Follow-ups after exit")},
        {u"warning_reviews"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Early warnings reviewed")},
        {u"appointments"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Clinic appointments")},
        {u"appointment_status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "History of the appointments")},
        {u"sessions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Counselling sessions")},
        {u"session_amendments"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Corrections to the sessions")},
        {u"agreed_actions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Actions agreed in the sessions")},
        {u"assessments"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Assessments")},
        {u"plans"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Individual empowerment plans")},
        {u"plan_goals"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Goals of the plans")},
        {u"plan_tasks"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Tasks of the plans")},
        {u"plan_events"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "History of the plans")},
        {u"referrals"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Referrals to partners")},
        {u"referral_status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "History of the referrals")},
        {u"consents"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Consents")},
        {u"satisfaction_surveys"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Satisfaction surveys")},
        {u"graduation_requests"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Proposals to graduate from support")},
        {u"graduation_decisions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decisions on graduation")},
        {u"erasures"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Data erased")},
        {u"home_visits"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Home visits")},
        {u"care_levels"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Levels of care")},
        {u"household_assignments"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Social workers and centres of the family")},
        {u"household_support"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Support received")},
        {u"objections"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Objections and complaints")},
        {u"objection_notes"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Notes of the investigation of objections")},
        {u"crisis_assistance"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Emergency assistance")},
        {u"documents"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Documents")},
        {u"condition_compliance"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Compliance with the conditions of support")},
        {u"compliance_actions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Warnings and counselling for conditional support")},
        {u"conditional_decisions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Conditional support suspended and reinstated")},
    };
    return t;
}

// By column, or by "table.column" where the same name means something else.
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> l = {
        {u"created_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recorded on")},
        {u"created_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recorded by")},
        {u"updated_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Last changed on")},
        {u"updated_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Last changed by")},
        // Home visits.
        {u"planned_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Planned for")},
        {u"plan_note"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Note on the plan")},
        {u"visited_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Visited on")},
        {u"present_members"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Members present")},
        {u"present_others"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Others present")},
        {u"checklist"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Checklist")},
        {u"next_visit_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Next visit")},
        {u"cancel_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason cancelled")},
        // Levels of care.
        {u"level"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Level of care")},
        {u"assessed_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Assessed by")},
        // Reassignments and transfers.
        {u"household_assignments.kind"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Change")},
        {u"from_worker"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Social worker before")},
        {u"from_centre"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Centre before")},
        {u"assigned_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Changed on")},
        // Support received.
        {u"programme"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Programme")},
        {u"support_type"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Type of support")},
        {u"frequency"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "How often")},
        {u"starts_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "From")},
        {u"stops_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Until")},
        {u"eligible"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Eligible when decided")},
        {u"income_per_person"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Income per person when decided")},
        {u"decided_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decided on")},
        {u"stop_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason stopped")},
        // Objections and complaints.
        {u"objections.kind"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Objection or complaint")},
        {u"objections.subject"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "About")},
        {u"channel"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Received")},
        {u"received_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Received by")},
        {u"received_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Received on")},
        {u"objections.summary"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "What was said")},
        {u"assigned_to"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Looked into by")},
        {u"noted_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Noted on")},
        {u"noted_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Noted by")},
        {u"decision_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason for the decision")},
        {u"reply"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reply")},
        {u"replied_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answered on")},
        // Emergency assistance in a crisis.
        {u"crisis_assistance.kind"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Assistance")},
        {u"given_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Given on")},
        {u"given_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Given by")},
        // Documents (their content is given apart, on request).
        {u"about_table"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "About")},
        {u"doc_type"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Type of document")},
        {u"doc_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Date of the document")},
        {u"documents.title"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Description")},
        {u"mime"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Kind of file")},
        {u"documents.size"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Size in bytes")},
        {u"added_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Added by")},
        {u"removed_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason removed")},
        // Conditional support.
        {u"condition_compliance.period"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Month or quarter")},
        {u"condition_compliance.value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Attendance or visits")},
        {u"met"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Condition met")},
        {u"recorded_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recorded by")},
        {u"recorded_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recorded on")},
        {u"compliance_actions.programme"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Programme")},
        {u"compliance_actions.action"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Step")},
        {u"compliance_actions.period"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "For the month or quarter")},
        {u"compliance_actions.reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason")},
        {u"conditional_decisions.programme"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Programme")},
        {u"conditional_decisions.action"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Step")},
        {u"conditional_decisions.reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason")},
        {u"conditional_decisions.number"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decision number")},
        // The member and the household.
        {u"given_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Given name")},
        {u"father_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Father's name")},
        {u"grandfather_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Grandfather's name")},
        {u"family_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Family name")},
        {u"relation"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Relation to the head of household")},
        {u"id_type"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Type of ID")},
        {u"id_number"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "ID number")},
        {u"sex"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Sex")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Date of birth")},
        {u"nationality"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Nationality")},
        {u"marital_status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Marital status")},
        {u"education"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Education")},
        {u"employment"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Employment")},
        {u"occupation"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Occupation")},
        {u"disability"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Disability")},
        {u"chronic_illness"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Chronic illness")},
        {u"able_to_work"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Able to work")},
        {u"school_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "School")},
        {u"school_grade"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "School grade")},
        {u"phone"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Phone")},
        {u"archive_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason archived")},
        {u"file_number"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "File number")},
        {u"centre_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Centre")},
        {u"region"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Region")},
        {u"city"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "City")},
        {u"district"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "District")},
        {u"address"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Address")},
        {u"latitude"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Latitude")},
        {u"longitude"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Longitude")},
        {u"housing_type"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Housing")},
        {u"housing_ownership"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Housing tenure")},
        {u"monthly_rent"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Monthly rent")},
        {u"registration_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Registered on")},
        {u"assigned_worker"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Social worker")},
        {u"categories"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Categories")},
        {u"status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Status")},
        {u"status_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Status since")},
        {u"previous_status"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Previous status")},
        {u"effective_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "From")},
        {u"reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason")},
        {u"note"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Note")},
        {u"source"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Source")},
        {u"amount"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Amount")},
        {u"currency"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Currency")},
        {u"other_member_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Compared with")},
        {u"decision"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decision")},
        {u"source_household_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "File merged")},
        {u"target_household_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Merged into")},
        {u"household_exits.kind"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Event")},
        {u"on_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Date")},
        {u"months"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Months after the exit")},
        {u"due_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Due on")},
        {u"done_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Done on")},
        {u"employed"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Employed")},
        {u"income"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Income")},
        {u"worker_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Social worker")},
        {u"rule"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Warning")},
        {u"fact"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "What was seen")},
        {u"seen_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Seen on")},
        {u"by_user"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "By")},
        // The clinic.
        {u"counsellor_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Counsellor")},
        {u"starts_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Appointment time")},
        {u"duration_min"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Minutes")},
        {u"place"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Where")},
        {u"mode"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Where")},
        {u"types"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Kinds of counselling")},
        {u"arrived_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Arrived at")},
        {u"started_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Started at")},
        {u"at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "When")},
        {u"held_at"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Held on")},
        {u"needs"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Needs")},
        {u"observations"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Observations")},
        {u"recommendations"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recommendations")},
        {u"psych_notes"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Psychological notes")},
        {u"confidential"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Confidential")},
        {u"field"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Field corrected")},
        {u"old_value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Before")},
        {u"new_value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "After")},
        {u"agreed_actions.description"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Action")},
        {u"responsible"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Responsible")},
        {u"due_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Due date")},
        {u"assessments.kind"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Assessment")},
        {u"assessed_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Date")},
        {u"score"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Score")},
        {u"data"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answers")},
        // Plans and referrals.
        {u"started_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Started on")},
        {u"tracks"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Tracks")},
        {u"baseline"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Situation at the start")},
        {u"exit_target"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Target for leaving support")},
        {u"exit_conditions"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Conditions for leaving support")},
        {u"exit_incentives"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Incentives on leaving support")},
        {u"review_months"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reviewed every (months)")},
        {u"next_review"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Next review")},
        {u"approved_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Approved by")},
        {u"approved_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Approved on")},
        {u"closed_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Closed on")},
        {u"domain"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Domain")},
        {u"plan_goals.description"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Goal")},
        {u"plan_tasks.description"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Task")},
        {u"indicator"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Indicator")},
        {u"baseline_value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Value at the start")},
        {u"target_value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Target value")},
        {u"current_value"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Value now")},
        {u"target_date"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Target date")},
        {u"event"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Event")},
        {u"progress"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Progress seen")},
        {u"partner_id"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Partner")},
        {u"service"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Service")},
        {u"sent_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Sent on")},
        {u"follow_up_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Follow up on")},
        {u"outcome"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Outcome")},
        {u"feedback"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "The partner's feedback")},
        // Consent, surveys, graduation.
        {u"purpose"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Purpose")},
        {u"given_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Given on")},
        {u"method"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "How it was given")},
        {u"witness"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Witness")},
        {u"recorded_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Recorded by")},
        {u"withdrawn_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Withdrawn on")},
        {u"withdrawn_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Withdrawal recorded by")},
        {u"withdrawal_note"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Note on the withdrawal")},
        {u"occasion"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Asked after")},
        {u"asked_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Asked by")},
        {u"asked_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Asked on")},
        {u"declined"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Declined to answer")},
        {u"q1"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answer 1")},
        {u"q2"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answer 2")},
        {u"q3"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answer 3")},
        {u"q4"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answer 4")},
        {u"q5"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answer 5")},
        {u"comment"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Comment")},
        {u"pathway"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Pathway")},
        {u"pathway_name"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Pathway")},
        {u"exit_reason"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Reason for leaving support")},
        {u"proposed_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Proposed by")},
        {u"proposed_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Proposed on")},
        {u"pass_mark"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Pass mark")},
        {u"criteria"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Criteria met")},
        {u"income_per_person"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Income per person")},
        {u"decided_by"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decided by")},
        {u"decided_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Decided on")},
        {u"target_table"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "What was erased")},
        {u"erased_on"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Erased on")},
    };
    return l;
}

// The keys of the JSON some columns hold (a plan's baseline, an assessment's answers).
const QHash<QString, const char *> &answerLabels()
{
    static const QHash<QString, const char *> l = {
        {u"incomePerPerson"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Income per person")},
        {u"employment"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Employment")},
        {u"workReadiness"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Work readiness")},
        {u"wellbeing"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Wellbeing")},
        {u"ableToWork"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Able to work")},
        {u"assets"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Assets")},
        {u"barriers"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Barriers to work")},
        {u"budget"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Budget")},
        {u"debts"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Debts")},
        {u"desiredField"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Desired field of work")},
        {u"experienceYears"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Years of experience")},
        {u"familyRelations"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Family relations")},
        {u"items"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Answers")},
        {u"monthlyExpenses"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Monthly expenses")},
        {u"monthlyIncome"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Monthly income")},
        {u"qualifications"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Qualifications")},
        {u"risks"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Risks")},
        {u"skills"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Skills")},
        {u"supportNetwork"_s, QT_TRANSLATE_NOOP("SubjectReportBuilder", "Support network")},
    };
    return l;
}

} // namespace

QString SubjectReportBuilder::answerLabel(const QString &key)
{
    const char *source = answerLabels().value(key);
    return source ? tr(source) : tr("Other information");
}

QString SubjectReportBuilder::tableTitle(const QString &table)
{
    const char *source = titles().value(table);
    return source ? tr(source) : QString();
}

QString SubjectReportBuilder::columnLabel(const QString &table, const QString &column)
{
    const char *source = labels().value(table + u'.' + column, labels().value(column));
    return source ? tr(source) : QString();
}

bool SubjectReportBuilder::hidden(const QString &column)
{
    static const QStringList kIds = {u"id"_s,          u"household_id"_s, u"member_id"_s,      u"session_id"_s,
                                     u"plan_id"_s,     u"goal_id"_s,      u"appointment_id"_s, u"referral_id"_s,
                                     u"exit_id"_s,     u"request_id"_s,   u"occasion_id"_s,    u"rescheduled_to"_s,
                                     u"position"_s,    u"target_id"_s,    u"members"_s,
                                     u"appeal_of"_s, // an appeal says so in its "About"
                                     u"event_id"_s, // the assistance says what it was
                                     u"objection_id"_s,
                                     u"about_id"_s, u"content_hash"_s, u"nonce"_s, // a document says what it is about
                                     u"condition_id"_s}; // compliance names its condition in its reason and period
    return kIds.contains(column);
}

} // namespace tamkeen::registry
