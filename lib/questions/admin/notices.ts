/** The confirmations /admin/questions shows after an action, named by ?done= (their text: adminQuestions.notices). */
export type QuestionNotice = "answered" | "answered-emailed" | "hidden" | "shown";
