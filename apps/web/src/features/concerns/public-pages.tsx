export { ReportConcernPage } from './report-page';
export { FollowUpPage } from './follow-up-page';
