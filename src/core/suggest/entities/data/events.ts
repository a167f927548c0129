// Events and laws: general cue words anyone can extend.

/** Last words of an EVENT name: "Paris Summit", "Vietnam War", "Super Bowl". */
export const EVENT_HEADS: readonly string[] = [
  'Summit', 'War', 'Wars', 'Revolution', 'Uprising', 'Olympics', 'Olympic Games', 'Games', 'World Cup', 'Championship',
  'Championships', 'Bowl', 'Grand Prix', 'Festival', 'Conference', 'Convention', 'Election', 'Elections',
  'Caucuses', 'Crisis', 'Massacre', 'Hurricane',
  'Pandemic', 'Accords', 'Forum', 'Expo', 'Marathon', 'Awards', 'Depression', 'Recession', 'Holocaust', 'Crusade',
];
/** First words of an EVENT name: "Operation Midway Blitz", "Hurricane Katrina", "Battle of ...". */
export const EVENT_STARTS: readonly string[] = ['Operation', 'Hurricane', 'Tropical Storm', 'Typhoon', 'Cyclone', 'Battle of', 'Siege of', 'Treaty of'];
/** Events known by name alone. */
export const EVENTS: readonly string[] = [
  'World War I', 'World War II', 'World War One', 'World War Two', 'Cold War', 'Great Depression', 'Holocaust', '9/11',
  'Brexit', 'Arab Spring', 'Super Bowl', 'Black Friday', 'Thanksgiving', 'Christmas', 'Easter', 'Ramadan', 'Hanukkah',
  'Passover', 'Diwali', 'Election Day', 'Independence Day', 'Memorial Day', 'Labor Day', 'Veterans Day', 'New Year',
  'Jan. 6', 'January 6', 'COVID-19 pandemic', 'Watergate',
];

/** Last words of a LAW name: "Affordable Care Act", "Title 42", "Second Amendment". */
export const LAW_HEADS: readonly string[] = [
  'Act', 'Law', 'Bill', 'Amendment', 'Code', 'Constitution', 'Treaty', 'Charter', 'Directive', 'Regulation',
  'Ordinance', 'Statute', 'Doctrine', 'Protocol', 'Accord', 'Agreement', 'Decree', 'Resolution',
];
/** First words of LAW names: "Title 42", "Article 5". */
export const LAW_STARTS: readonly string[] = ['Title', 'Article', 'Section', 'Proposition', 'Prop.', 'Executive Order', 'Rule'];
