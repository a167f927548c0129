// Sidecars as other tools and people write them: fixed inputs of the layout tests.

/**
 * samples/000_ada6b8799641a7d2.annotations.yaml as PyYAML's `yaml.safe_dump` writes it: keys sorted, `cue` and
 * `source` as indented mappings, long strings folded over lines, items' dashes at their list key's indent.
 */
export const PYYAML_SAMPLE_000 = String.raw`claims:
- attribution: indirect
  checkworthy: true
  cue:
    end: 169
    start: 157
    text: according to
  end: 155
  id: cy7t26o
  source:
    text: a new report
  start: 0
  status: unverified
  suffix: ', according to a new report.

    Age'
  text: Mexican cartel leaders have allegedly put out a hit against US Border Patrol
    along the San Diego sector after one of their members was run over by an agent
- attribution: direct
  checkworthy: true
  cue:
    end: 636
    start: 632
    text: said
  end: 621
  id: c7suxhx
  prefix: "y attempt, NewsNation reports.\n\u201C"
  source:
    text: the memo
  start: 459
  status: unverified
  suffix: "\u201D the memo said.\n\u201CThe informatio"
  text: Information suggests a cartel member was involved in the incident. Therefore,
    cartel leaders are angered, claiming the incident occurred without cause or remorse,
- attribution: indirect
  cue:
    end: 1397
    start: 1373
    text: confirmed in a statement
  end: 1498
  id: c07mtb1
  note: CBP statement quoted by several outlets
  prefix: ') confirmed in a statement that '
  source:
    entity: elz1enz
  start: 1403
  status: supported
  suffix: ' but did not specify if the man '
  text: "two people were arrested at the San Ysidro port of entry during the \u201C\
    human smuggling incident,\u201D"
- attribution: indirect
  cue:
    end: 1593
    start: 1586
    text: claimed
  end: 1729
  id: ce19wtw
  prefix: 'Border Patrol officials claimed '
  source:
    entity: ehx1wll
    text: Border Patrol officials
  start: 1594
  status: unverified
  suffix: '.

    The shocking video drew initia'
  text: the agent driving the car, who was not named, was fixated on the two people
    climbing the wall when he hit the man who froze on the road
document: 000_ada6b8799641a7d2.txt
entities:
- end: 7
  id: ekpdepo
  start: 0
  suffix: ' cartel leaders have allegedly p'
  text: Mexican
  type: NORP
- end: 62
  id: egzb420
  prefix: 'allegedly put out a hit against '
  start: 60
  suffix: ' Border Patrol along the San Die'
  text: US
  type: GPE
- end: 76
  id: ehx1wll
  prefix: 'egedly put out a hit against US '
  start: 63
  suffix: ' along the San Diego sector afte'
  text: Border Patrol
  type: ORG
- end: 96
  id: e3v4tl2
  prefix: 'inst US Border Patrol along the '
  start: 87
  suffix: ' sector after one of their membe'
  text: San Diego
  type: GPE
- end: 224
  id: eiqy6vt
  prefix: 'Agents were issued a warning on '
  start: 216
  suffix: ' that a retaliatory shooting cou'
  text: Thursday
  type: DATE
- end: 315
  id: ezlt0dr
  prefix: 'ing days after an incident from '
  start: 308
  suffix: ' went viral online showing a Bor'
  text: Nov. 27
  type: DATE
- end: 448
  id: ey5nvnr
  prefix: 'ng to an illegal entry attempt, '
  start: 438
  suffix: " reports.\n\u201CInformation suggests "
  text: NewsNation
  type: ORG
- end: 1366
  id: elz1enz
  prefix: 'teep slope to try and get away.

    '
  start: 1334
  suffix: ' (CBP) confirmed in a statement '
  text: US Customs and Border Protection
  type: ORG
- end: 1371
  id: e05583w
  prefix: ' Customs and Border Protection ('
  start: 1368
  suffix: ') confirmed in a statement that '
  text: CBP
  type: ORG
- end: 1445
  id: e6urd2l
  prefix: 'two people were arrested at the '
  start: 1435
  suffix: " port of entry during the \u201Chuman"
  text: San Ysidro
  type: GPE
- end: 1966
  id: es86ja6
  prefix: 'currently being reviewed by the '
  start: 1946
  suffix: " and CBP\u2019s Office of Professiona"
  text: "US Attorney\u2019s Office"
  type: ORG
- end: 2105
  id: e9kdsdy
  prefix: 'comes just two months after the '
  start: 2091
  suffix: ' issued an order for its members'
  text: Sinaloa Cartel
  type: ORG
- end: 2189
  id: evjsqoy
  prefix: 'rder Patrol officers in western '
  start: 2184
  suffix: ' for the arrest of cofounder Ism'
  text: Texas
  type: GPE
- end: 2242
  id: ek7tk66
  prefix: 'xas for the arrest of cofounder '
  start: 2218
  suffix: '.

    The Sinaloa Cartel, which was '
  text: "Ismael \u2018El Mayo\u2019 Zambada"
  type: PERSON
- end: 2306
  id: e4j9z44
  prefix: 'inaloa Cartel, which was led by '
  start: 2281
  suffix: ', was accused of firing at contr'
  text: "Joaqu\xEDn \u2018El Chapo\u2019 Guzm\xE1n"
  type: PERSON
- end: 2369
  id: er3iwo1
  prefix: 'ng at contractors working along '
  start: 2359
  suffix: ', Texas, on Oct. 7.'
  text: Eagle Pass
  type: GPE
- end: 2387
  id: e64yz9t
  prefix: 'ing along Eagle Pass, Texas, on '
  start: 2381
  suffix: .
  text: Oct. 7
  type: DATE
rejected: []
schema: seed-annotator/v1
textHash: sha256-c0eb9fbe1f162221e414a58239fef57bc6fa03c1a31667f5de6292aa533d7c26
`;

/** A hand-edited file: plain values, comments on and between lines, flow items with comments after them. */
export const HAND_EDITED = String.raw`# Annotations of seed 100, edited by hand.
schema: seed-annotator/v1   # the format
document: 100_0123456789abcdef.txt
textHash: sha256-1111111111111111111111111111111111111111111111111111111111111111

# People and places.
entities:
  # sorted by start
  - id: e1
    type: PERSON   # checked by hand
    start: 0
    end: 9
    # the name as printed
    text: Ana Pérez
    suffix: ' said on Monday'
    note: the mayor's sister, not the mayor
  - {id: e2, type: GPE, start: 30, end: 36, text: Tijuana}  # checked
  # a second look needed
  - id: e3
    type: ORG
    start: 50
    end: 63
    text: Border Patrol
    link: us-border-patrol # canonical
# Claims follow.
claims:
  - id: c1
    start: 100
    end: 140
    text: the crossing was closed for three hours
    source: {entity: e1}   # who said it
    cue: {start: 90, end: 94, text: said}
    attribution: indirect
    status: unverified   # not yet checked
rejected:
  - {type: DATE, start: 10, end: 16, text: Monday}   # too vague
`;

/** Dashes on their own line (alone, with an anchor, with a comment), block scalars, a multi-line plain value. */
export const HAND_EDITED_BLOCKS = String.raw`schema: seed-annotator/v1
entities:
  -
    id: e1
    type: PERSON
    start: 0
    end: 9
    text: |-
      Ana Pérez
  - # the second one
    id: e2
    type: GPE
    start: 30
    end: 36
    text: >-
      Tijuana
  - &third
    id: e3
    type: ORG
    start: 50
    end: 63
    text: Border
      Patrol
claims:
  -
    cue:
      end: 94
      start: 90
      text: said
    end: 140
    id: c1
    source:
      entity: e1
    start: 100
    status: unverified
    text: >
      the crossing was closed
      for three hours
rejected: []
`;
