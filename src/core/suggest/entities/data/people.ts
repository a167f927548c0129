// Person cues and words that are never names on their own: general lists anyone can extend.

/** Titles before a name (not part of the PERSON span): "Secretary Kristi Noem", "Dr. Jane Smith". */
export const TITLES: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev.', 'Reverend', 'Father',
  'Sister', 'Brother', 'Pope', 'Rabbi', 'Imam', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess', 'President', 'Vice President',
  'Prime Minister', 'Chancellor', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman',
  'Congresswoman', 'Governor', 'Gov.', 'Lt. Gov.', 'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Attorney General', 'Gen.',
  'General', 'Lt.', 'Lieutenant', 'Col.', 'Colonel', 'Maj.', 'Major', 'Capt.', 'Captain', 'Sgt.', 'Sergeant', 'Officer',
  'Agent', 'Detective', 'Sheriff', 'Deputy', 'Commissioner', 'Chief', 'Director', 'Ambassador', 'Speaker', 'Leader', 'Adm.',
  'Admiral', 'Cmdr.', 'Commander', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'CEO', 'Chairman', 'Chairwoman', 'Founder',
  'Chair', 'Chairperson', 'Councilor', 'Councillor', 'Councilman', 'Councilwoman', 'Council Member', 'Alderman', 'Alderwoman',
  'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Delegate', 'Trustee', 'Superintendent', 'Supt.', 'Inspector', 'Insp.',
  'Det.', 'Trooper', 'Corporal', 'Cpl.', 'Pvt.', 'Atty.', 'Sens.', 'Reps.', 'Bishop', 'Archbishop', 'Cardinal', 'Dean', 'Coach',
  'Chief Executive', 'Chief Executive Officer', 'President-elect', 'Lt. Col.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Rear Adm.',
];

/** Capitalised words that start sentences or headlines and are never names by themselves. */
export const NOT_NAMES: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their',
  'Our', 'Its', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Of', 'To', 'As', 'After', 'Before', 'During', 'But', 'And',
  'Or', 'If', 'When', 'While', 'Where', 'What', 'Who', 'Why', 'How', 'Some', 'All', 'Many', 'Most', 'Other', 'Such', 'There',
  'Here', 'Then', 'Now', 'Yet', 'So', 'Also', 'However', 'Meanwhile', 'According', 'Under', 'Over', 'Into', 'About',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.',
  'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Read', 'More', 'Share', 'Watch', 'Related', 'Advertisement',
  'Photo', 'Video', 'Image', 'Getty', 'Images', 'Updated', 'Published', 'Breaking', 'Exclusive', 'Opinion', 'Analysis',
  'Yesterday', 'Today', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'Still', 'Even', 'Only', 'Just', 'Not', 'No', 'Since',
  'Until', 'Despite', 'Although', 'Because', 'Though', 'Instead', 'Unlike', 'Once', 'Both', 'Each', 'Every', 'Several', 'Few',
  'Another', 'Any', 'Among', 'Between', 'Through', 'Without', 'Against', 'Within', 'Around', 'Along', 'Across', 'Amid', 'Asked',
  'Speaking', 'Despite', 'Whether', 'Which', 'Whose', 'Whom', 'Thus', 'Indeed', 'Overall', 'Separately', 'Previously',
];
