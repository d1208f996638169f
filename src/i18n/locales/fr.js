
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'banner.call': `Appeler le`,
'banner.facebook': `{org} sur Facebook`,
'banner.heading': `Contactez {org}`,
'banner.join': `Rejoindre {org}`,
'banner.links': `Comment nous joindre`,
'banner.text': `Des questions sur la NMM ? Contactez {org} par téléphone ou en ligne.`,
'common.disclaimer': `Ces informations ne remplacent pas les conseils de votre médecin.`,
'common.lastReviewed': `Dernière révision`,
'common.source': `{publisher} : « {title} », une page pour les patients (en anglais)`,
'common.sources': `D’où viennent ces informations`,
'overview.closing': `Si vous avez des symptômes comme ceux-ci, parlez-en à votre médecin.`,
'overview.course.heading': `Comment la NMM évolue-t-elle avec le temps ?`,
'overview.course.rare': `La NMM est rare.`,
'overview.course.slow': `Elle s’aggrave lentement.`,
'overview.course.stronger': `Chez certaines personnes, le traitement a rendu les muscles plus forts.`,
'overview.course.treatable': `Elle peut être traitée, mais elle ne peut pas être guérie.`,
'overview.diagram.caption': `Un nerf en bonne santé, et un nerf dont la myéline est abîmée`,
'overview.diagram.damaged': `Myéline abîmée`,
'overview.diagram.damaged.desc': `Un nerf dont la gaine (myéline) est abîmée. Certains morceaux sont cassés, amincis ou manquants : des parties du nerf sont à nu.`,
'overview.diagram.healthy': `Myéline saine`,
'overview.diagram.healthy.desc': `Un nerf entouré de sa gaine (myéline). La gaine est entière, en morceaux réguliers le long du nerf.`,
'overview.heading': `Qu’est-ce que la NMM ?`,
'overview.intro.immune': `Les nerfs moteurs sont les nerfs qui disent à vos muscles de bouger. Dans la NMM, le système de défense du corps (le système immunitaire) attaque par erreur beaucoup de ces nerfs.`,
'overview.intro.name': `NMM veut dire neuropathie motrice multifocale. C’est une maladie rare des nerfs.`,
'overview.intro.weakness': `Cela rend les muscles faibles. La faiblesse peut s’aggraver avec le temps.`,
'overview.myelin.coating': `Les nerfs portent des messages à vos muscles. Une gaine entoure les nerfs pour les protéger. Cette gaine s’appelle la myéline. Elle aide les messages à circuler correctement et vite.`,
'overview.myelin.damage': `Les experts pensent que, dans la NMM, le système immunitaire abîme cette gaine. Quand la gaine se dégrade, on parle de démyélinisation. Le nerf peut alors être endommagé.`,
'overview.myelin.heading': `Comment la NMM abîme-t-elle les nerfs ?`,
'overview.myelin.messages': `Quand les messages vers les muscles sont coupés, les muscles peuvent devenir faibles.`,
'overview.signs.cramps': `Crampes musculaires`,
'overview.signs.heading': `Quels sont les symptômes ?`,
'overview.signs.spasms': `Spasmes musculaires : un muscle qui se contracte tout seul`,
'overview.signs.weakness': `Muscles faibles`,
'overview.where.arms': `Elle affaiblit les mains et les avant-bras plus que les jambes.`,
'overview.where.feeling': `Elle n’enlève pas la sensibilité (elle n’engourdit pas la peau).`,
'overview.where.heading': `Où commence-t-elle ?`,
'overview.where.side': `Elle touche souvent un seul côté du corps.`,
'overview.where.start': `Elle commence souvent dans un doigt, le pouce, le poignet ou une jambe.`,
'vsAls.compression.heading': `Avec quoi d’autre peut-on confondre la NMM ?`,
'vsAls.compression.text': `Chez certaines personnes, la NMM est prise pour un nerf comprimé (compression nerveuse). Par exemple, le syndrome du canal carpien.`,
'vsAls.diagnosis.doctor': `Parlez à votre médecin de tous les symptômes que vous avez.`,
'vsAls.diagnosis.heading': `Pourquoi le bon diagnostic est-il important ?`,
'vsAls.diagnosis.text': `Un diagnostic, c’est la cause de vos symptômes trouvée par le médecin. Le bon diagnostic de la NMM vous aide à recevoir le bon traitement.`,
'vsAls.heading': `Pourquoi confond-on parfois la NMM avec la SLA ?`,
'vsAls.intro.als': `L’une d’elles est la SLA. SLA veut dire sclérose latérale amyotrophique. Des muscles faibles, des crampes et des spasmes peuvent survenir dans la NMM comme dans la SLA. Mais ce n’est pas la même maladie.`,
'vsAls.intro.similar': `La NMM est rare. Ses symptômes peuvent ressembler un peu à ceux d’autres maladies des nerfs qui touchent les bras et les jambes.`,
'vsAls.table.als': `SLA`,
'vsAls.table.breathing': `Affaiblit les muscles qui servent à respirer`,
'vsAls.table.breathing.als': `Oui`,
'vsAls.table.breathing.mmn': `Non`,
'vsAls.table.caption': `Comparaison de la NMM et de la SLA`,
'vsAls.table.mmn': `NMM`,
'vsAls.table.rowHeader': `Ce qui se passe`,
'vsAls.table.speed': `Vitesse d’aggravation`,
'vsAls.table.speed.als': `Rapidement`,
'vsAls.table.speed.mmn': `Lentement`,
'vsAls.table.symptoms': `Muscles faibles, crampes et spasmes`,
'vsAls.table.symptoms.als': `Oui, cela peut arriver`,
'vsAls.table.symptoms.mmn': `Oui, cela peut arriver`,
    };
// Review dates, written by scripts/locale-dates.js
export const dates = {"2026-11-25":"25 novembre 2026"};
