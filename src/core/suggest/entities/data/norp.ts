// Nationalities, religious and political groups (NORP): adjectives and plural nouns. A general list anyone can extend.

export const NATIONALITIES: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian', 'Austrian',
  'Azerbaijani', 'Bahraini', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian', 'British', 'Bulgarian',
  'Burmese', 'Cambodian', 'Cameroonian', 'Canadian', 'Chadian', 'Chilean', 'Chinese', 'Colombian', 'Congolese', 'Croatian',
  'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dominican', 'Dutch', 'Ecuadorian', 'Egyptian', 'Emirati', 'English', 'Eritrean',
  'Estonian', 'Ethiopian', 'European', 'Filipino', 'Finnish', 'French', 'Georgian', 'German', 'Ghanaian', 'Greek',
  'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish',
  'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar', 'Kuwaiti',
  'Kurdish', 'Lao', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian', 'Malaysian', 'Malian', 'Maltese', 'Mexican',
  'Moldovan', 'Mongolian', 'Moroccan', 'Mozambican', 'Namibian', 'Nepalese', 'Nepali', 'Nicaraguan', 'Nigerian', 'Nigerien',
  'Norwegian', 'Omani', 'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Persian', 'Peruvian', 'Polish', 'Portuguese',
  'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Saudi', 'Scottish', 'Senegalese', 'Serbian', 'Singaporean',
  'Slovak', 'Slovenian', 'Somali', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swedish', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik',
  'Tanzanian', 'Thai', 'Tunisian', 'Turkish', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese',
  'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean', 'Latino', 'Latina', 'Latinx', 'Hispanic', 'Arab', 'Asian', 'African', 'Western',
  'Soviet', 'Uyghur', 'Uighur', 'Pashtun', 'Tamil', 'Sikh', 'Hindu', 'Muslim', 'Christian', 'Catholic', 'Protestant',
  'Evangelical', 'Jewish', 'Jew', 'Buddhist', 'Mormon', 'Orthodox', 'Sunni', 'Shia', 'Shiite', 'Islamic', 'Islamist',
  'Democrat', 'Democratic', 'Republican', 'Conservative', 'Labour', 'Liberal', 'Libertarian', 'Socialist', 'Communist',
  'Marxist', 'Maoist', 'Nazi', 'Neo-Nazi', 'Fascist', 'Zionist', 'Bolshevik', 'Tory', 'Green', 'Chicano', 'Native American',
  'Indigenous', 'Aboriginal', 'Black', 'Brit', 'Yankee', 'Anglo', 'Scot', 'Kurd', 'Druze', 'Alawite', 'Maronite', 'Copt', 'Coptic',
];

/** NORP words that are also ordinary capitalised words at a sentence start; suggested only inside a sentence. */
export const NORP_AMBIGUOUS: readonly string[] = ['Black', 'Green', 'Liberal', 'Conservative', 'Democratic', 'Western', 'Orthodox', 'Indigenous'];
