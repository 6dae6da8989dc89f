/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["checklist"] = 
`article "Push-up form checklist"
  heading[2] "Push-up form checklist"
  status "0 of 17 checked"
  group "Setup"
    list (6 items)
      checkbox "Set your hands a little wider than your shoulders." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Set your hands a little wider than your shoulders." (collapsed)
      checkbox "Don't place your hands too far forward, up toward your head." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Don't place your hands too far forward, up toward your head." (collapsed)
      checkbox "Before your first rep, pull your shoulders back and down." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
      button "Why it matters: Before your first rep, pull your shoulders back and down." (collapsed)
      checkbox "Hold one straight line from your head to your heels." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Hold one straight line from your head to your heels." (collapsed)
      checkbox "Pull your belly button toward your spine and tighten your stomach muscles." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Pull your belly button toward your spine and tighten your stomach muscles." (collapsed)
      checkbox "Squeeze your glutes (your buttock muscles)." (not checked)
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Squeeze your glutes (your buttock muscles)." (collapsed)
  group "Lowering"
    list (4 items)
      checkbox "Lower yourself slowly and under control." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Lower yourself slowly and under control." (collapsed)
      checkbox "Keep your hips level; don't let them sag." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Keep your hips level; don't let them sag." (collapsed)
      checkbox "Don't let your lower back arch too far." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Don't let your lower back arch too far." (collapsed)
      checkbox "Keep your elbows tucked in as you lower." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
      button "Why it matters: Keep your elbows tucked in as you lower." (collapsed)
  group "Pressing up"
    list (1 items)
      checkbox "Keep your body steady and braced as you push back up." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Keep your body steady and braced as you push back up." (collapsed)
  group "Every set"
    list (6 items)
      checkbox "Warm up before you start." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Warm up before you start." (collapsed)
      checkbox "Do push-ups while you're fresh, not at the end of a tiring workout." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Do push-ups while you're fresh, not at the end of a tiring workout." (collapsed)
      checkbox "Do only as many push-ups as your current fitness allows." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Do only as many push-ups as your current fitness allows." (collapsed)
      checkbox "Rest between workouts." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Rest between workouts." (collapsed)
      checkbox "Stop if you feel pain, not just the effort of working muscles." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Stop if you feel pain, not just the effort of working muscles." (collapsed)
      checkbox "Start with knee push-ups if you need to, and progress gradually." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Start with knee push-ups if you need to, and progress gradually." (collapsed)
  button "Clear all ticks"
  heading[3] "Sources"
  list (5 items)`;
/* end snapshot checklist */

snapshots["checklist, one cue ticked and its explanation open"] = 
`article "Push-up form checklist"
  heading[2] "Push-up form checklist"
  status "1 of 17 checked"
  group "Setup"
    list (6 items)
      checkbox "Set your hands a little wider than your shoulders." (checked)
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Set your hands a little wider than your shoulders." (expanded)
      checkbox "Don't place your hands too far forward, up toward your head." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Don't place your hands too far forward, up toward your head." (collapsed)
      checkbox "Before your first rep, pull your shoulders back and down." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
      button "Why it matters: Before your first rep, pull your shoulders back and down." (collapsed)
      checkbox "Hold one straight line from your head to your heels." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Hold one straight line from your head to your heels." (collapsed)
      checkbox "Pull your belly button toward your spine and tighten your stomach muscles." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Pull your belly button toward your spine and tighten your stomach muscles." (collapsed)
      checkbox "Squeeze your glutes (your buttock muscles)." (not checked)
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Squeeze your glutes (your buttock muscles)." (collapsed)
  group "Lowering"
    list (4 items)
      checkbox "Lower yourself slowly and under control." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Lower yourself slowly and under control." (collapsed)
      checkbox "Keep your hips level; don't let them sag." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Keep your hips level; don't let them sag." (collapsed)
      checkbox "Don't let your lower back arch too far." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Don't let your lower back arch too far." (collapsed)
      checkbox "Keep your elbows tucked in as you lower." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
      button "Why it matters: Keep your elbows tucked in as you lower." (collapsed)
  group "Pressing up"
    list (1 items)
      checkbox "Keep your body steady and braced as you push back up." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Keep your body steady and braced as you push back up." (collapsed)
  group "Every set"
    list (6 items)
      checkbox "Warm up before you start." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Warm up before you start." (collapsed)
      checkbox "Do push-ups while you're fresh, not at the end of a tiring workout." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Do push-ups while you're fresh, not at the end of a tiring workout." (collapsed)
      checkbox "Do only as many push-ups as your current fitness allows." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Do only as many push-ups as your current fitness allows." (collapsed)
      checkbox "Rest between workouts." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      button "Why it matters: Rest between workouts." (collapsed)
      checkbox "Stop if you feel pain, not just the effort of working muscles." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 3: Why does my back hurt when I do push-ups?"
      button "Why it matters: Stop if you feel pain, not just the effort of working muscles." (collapsed)
      checkbox "Start with knee push-ups if you need to, and progress gradually." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      button "Why it matters: Start with knee push-ups if you need to, and progress gradually." (collapsed)
  button "Clear all ticks"
  heading[3] "Sources"
  list (5 items)`;
/* end snapshot checklist, one cue ticked and its explanation open */

snapshots["checklist, knee push-up, compact"] = 
`article "Push-up form checklist"
  heading[2] "Push-up form checklist"
  status "0 of 16 checked"
  group "Setup"
    list (5 items)
      checkbox "Set your hands a little wider than your shoulders." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      checkbox "Don't place your hands too far forward, up toward your head." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      checkbox "Before your first rep, pull your shoulders back and down." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
      checkbox "Pull your belly button toward your spine and tighten your stomach muscles." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      checkbox "Squeeze your glutes (your buttock muscles)." (not checked)
      link "Source 3: Why does my back hurt when I do push-ups?"
  group "Lowering"
    list (4 items)
      checkbox "Lower yourself slowly and under control." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      checkbox "Keep your hips level; don't let them sag." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      checkbox "Don't let your lower back arch too far." (not checked)
      link "Source 2: Are push-ups good for your back: Explained"
      link "Source 3: Why does my back hurt when I do push-ups?"
      checkbox "Keep your elbows tucked in as you lower." (not checked)
      link "Source 5: Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)"
  group "Pressing up"
    list (1 items)
      checkbox "Keep your body steady and braced as you push back up." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
  group "Every set"
    list (6 items)
      checkbox "Warm up before you start." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
      checkbox "Do push-ups while you're fresh, not at the end of a tiring workout." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      checkbox "Do only as many push-ups as your current fitness allows." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      checkbox "Rest between workouts." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      checkbox "Stop if you feel pain, not just the effort of working muscles." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 3: Why does my back hurt when I do push-ups?"
      checkbox "Start with knee push-ups if you need to, and progress gradually." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
  button "Clear all ticks"
  heading[3] "Sources"
  list (5 items)`;
/* end snapshot checklist, knee push-up, compact */

snapshots["checklist, plank, heading-level 3"] = 
`article "Push-up form checklist"
  heading[3] "Push-up form checklist"
  status "0 of 9 checked"
  group "Setup"
    list (5 items)
      checkbox "Set your forearms on the floor beneath your shoulders." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Set your forearms on the floor beneath your shoulders." (collapsed)
      checkbox "Lift your body into one straight line from your head to your toes." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Lift your body into one straight line from your head to your toes." (collapsed)
      checkbox "Don't let your hips rise or sag." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Don't let your hips rise or sag." (collapsed)
      checkbox "Look down at the floor." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Look down at the floor." (collapsed)
      checkbox "Keep your core (the muscles around your middle) working while you hold." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Keep your core (the muscles around your middle) working while you hold." (collapsed)
  group "Every set"
    list (4 items)
      checkbox "Warm up before you start." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Warm up before you start." (collapsed)
      checkbox "Breathe evenly and steadily while you hold." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Breathe evenly and steadily while you hold." (collapsed)
      checkbox "Try to hold for about 30 seconds, then lower to the floor and repeat." (not checked)
      link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
      button "Why it matters: Try to hold for about 30 seconds, then lower to the floor and repeat." (collapsed)
      checkbox "Stop if you feel pain, not just the effort of working muscles." (not checked)
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Why does my back hurt when I do push-ups?"
      button "Why it matters: Stop if you feel pain, not just the effort of working muscles." (collapsed)
  button "Clear all ticks"
  heading[4] "Sources"
  list (3 items)`;
/* end snapshot checklist, plank, heading-level 3 */

snapshots["quiz, first step"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  group "Question 1 of 12 Along with your back pain, do you have any of these?"
    heading[3] "Question 1 of 12 Along with your back pain, do you have any of these?"
    alert ""
    checkbox "I have lost control of my bladder or bowels" (not checked)
    checkbox "I am finding it hard to pee" (not checked)
    checkbox "Numbness or tingling around my genitals, buttocks or back passage (anus)" (not checked)
    checkbox "I can no longer get or keep an erection, and this is new" (not checked)
    checkbox "Pain, tingling, weakness or numbness in both legs" (not checked)
    checkbox "None of these" (not checked)
  button "Next"`;
/* end snapshot quiz, first step */

snapshots["quiz, first step, asking for an answer"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  group "Question 1 of 12 Along with your back pain, do you have any of these?"
    heading[3] "Question 1 of 12 Along with your back pain, do you have any of these?"
    alert "Choose at least one answer, or "None of these", to go on."
    checkbox "I have lost control of my bladder or bowels" (not checked)
    checkbox "I am finding it hard to pee" (not checked)
    checkbox "Numbness or tingling around my genitals, buttocks or back passage (anus)" (not checked)
    checkbox "I can no longer get or keep an erection, and this is new" (not checked)
    checkbox "Pain, tingling, weakness or numbness in both legs" (not checked)
    checkbox "None of these" (not checked)
  button "Next"`;
/* end snapshot quiz, first step, asking for an answer */

snapshots["quiz, age step"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  group "Question 5 of 12 How old are you?"
    heading[3] "Question 5 of 12 How old are you?"
    alert ""
    radio "16 or over" (not checked)
    radio "Under 16" (not checked)
  button "Back"
  button "Next"`;
/* end snapshot quiz, age step */

snapshots["quiz, emergency result with a number"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  heading[3] "Your result"
  alert "Get emergency help now Call 112 now, or go to an emergency department. Don't drive yourself. Call 112"
    link "112"
    link "Call 112"
  link "Source 1: Back pain"
  link "Source 2: Low back pain and sciatica in over 16s: assessment and management"
  link "Source 3: Aortic dissection"
  list (3 items)
    link "112"
    link "112"
  list (2 items)
  heading[4] "Your answers, to show a doctor or physiotherapist"
  heading[3] "Sources"
  list (3 items)
    link "Back pain"
    link "Low back pain and sciatica in over 16s: assessment and management"
    link "Aortic dissection"
  button "Start again"
  button "Print"`;
/* end snapshot quiz, emergency result with a number */

snapshots["quiz, urgent result"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  heading[3] "Your result"
  status "Get an urgent appointment with a doctor If you can't get an appointment, call your local urgent medical advice line."
  link "Source 1: Back pain"
  link "Source 2: Low back pain and sciatica in over 16s: assessment and management"
  link "Source 3: Aortic dissection"
  list (3 items)
  list (3 items)
  heading[4] "Your answers, to show a doctor or physiotherapist"
  heading[3] "Sources"
  list (3 items)
    link "Back pain"
    link "Low back pain and sciatica in over 16s: assessment and management"
    link "Aortic dissection"
  button "Start again"
  button "Print"`;
/* end snapshot quiz, urgent result */

snapshots["quiz, routine referral"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  heading[3] "Your result"
  status "See a doctor or physiotherapist soon"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Why does my back hurt when I do push-ups?"
  link "Source 3: Back pain"
  link "Source 4: Low back pain and sciatica in over 16s: assessment and management"
  link "Source 5: Aortic dissection"
  list (4 items)
  list (3 items)
  heading[4] "Your answers, to show a doctor or physiotherapist"
  heading[3] "Sources"
  list (5 items)
    link "Back pain"
    link "Low back pain and sciatica in over 16s: assessment and management"
    link "Aortic dissection"
  button "Start again"
  button "Print"`;
/* end snapshot quiz, routine referral */

snapshots["quiz, self-care result"] = 
`article "Why does my back hurt after push-ups?"
  heading[2] "Why does my back hurt after push-ups?"
  heading[3] "Your result"
  status "What may be going on"
  heading[4] "Things that may be adding to it"
  list (3 items)
    heading[5] "Your hips may be sagging"
    link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
    link "Source 2: Are push-ups good for your back: Explained"
    link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
    heading[6] "What to try"
    list (3 items)
    heading[6] "Form cues to check"
    list (3 items)
    heading[6] "Easier variations to try"
    list (1 items)
    heading[5] "You may be skipping your warm-up"
    link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
    link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
    heading[6] "What to try"
    list (2 items)
    heading[6] "Form cues to check"
    list (1 items)
    heading[5] "Your technique may need work"
    link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
    link "Source 2: Are push-ups good for your back: Explained"
    link "Source 4: 10 Exercises Causing Your Back Pain at the Gym"
    heading[6] "What to try"
    list (3 items)
    heading[6] "Form cues to check"
    list (2 items)
    heading[6] "Easier variations to try"
    list (1 items)
  heading[4] "Keep moving, and stop if it hurts"
  link "Source 3: Why does my back hurt when I do push-ups?"
  link "Source 5: Back pain"
  link "Source 6: Low back pain and sciatica in over 16s: assessment and management"
  list (2 items)
  heading[4] "Easier variations to try"
    article "Knee push-up"
      checkbox "Pause the animation" (not checked)
      img "Side view: hands on the floor under the shoulders and knees on the floor, the body straight from head to knees, lowering the chest toward the floor and pushing back up. From above: hands a little wider than the shoulders."
      heading[5] "Knee push-up"
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      heading[6] "Skip it if"
      link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
      link "Source 2: Are push-ups good for your back: Explained"
      list (2 items)
      heading[6] "Sources"
      list (2 items)
      status ""
  heading[4] "Your answers, to show a doctor or physiotherapist"
  heading[3] "Sources"
  list (6 items)
    link "Back pain"
    link "Low back pain and sciatica in over 16s: assessment and management"
  button "Start again"
  button "Print"`;
/* end snapshot quiz, self-care result */

snapshots["card"] = 
`article "Standard push-up"
  checkbox "Pause the animation" (not checked)
  img "Side view: hands on the floor under the shoulders, up on the toes, the body in one straight line from head to heels, lowering the chest toward the floor and pushing back up. From above: hands a little wider than the shoulders."
  heading[2] "Standard push-up"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  heading[3] "Muscles worked"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (5 items)
  heading[3] "Suits"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (2 items)
  heading[3] "Skip it if"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (4 items)
  heading[3] "Key cues"
  list (6 items)
  heading[3] "Easier and harder versions"
  group "Easier and harder versions"
    button "Easier: Knee push-up"
    button "Harder: Diamond push-up"
    button "Harder: Deficit (deep) push-up"
    button "Harder: Weighted push-up"
    button "Harder: Forward-hands push-up"
    button "Harder: Backward-hands push-up"
  heading[3] "Sources"
  list (3 items)
  status ""`;
/* end snapshot card */

snapshots["card, compact"] = 
`article "Diamond push-up"
  checkbox "Pause the animation" (not checked)
  img "Side view: hands under the chest, up on the toes, the body in one straight line, lowering the chest toward the hands and pushing back up. From above: hands close together, touching."
  heading[2] "Diamond push-up"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  heading[3] "Skip it if"
  link "Source 1: Are Push-Ups Bad For Your Back? (The Truth Revealed)"
  link "Source 2: Are push-ups good for your back: Explained"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (2 items)
  heading[3] "Sources"
  list (3 items)
  status ""`;
/* end snapshot card, compact */

snapshots["card, plank"] = 
`article "Forearm plank"
  img "Side view: the body held still on the forearms and toes, elbows under the shoulders, in one straight line from head to heels."
  heading[2] "Forearm plank"
  link "Source 1: Are push-ups good for your back: Explained"
  link "Source 2: Why does my back hurt when I do push-ups?"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  heading[3] "Muscles worked"
  link "Source 1: Are push-ups good for your back: Explained"
  link "Source 2: Why does my back hurt when I do push-ups?"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (3 items)
  heading[3] "Suits"
  link "Source 1: Are push-ups good for your back: Explained"
  link "Source 2: Why does my back hurt when I do push-ups?"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (2 items)
  heading[3] "Skip it if"
  link "Source 1: Are push-ups good for your back: Explained"
  link "Source 2: Why does my back hurt when I do push-ups?"
  link "Source 3: 10 Exercises Causing Your Back Pain at the Gym"
  list (2 items)
  heading[3] "Key cues"
  list (5 items)
  heading[3] "Easier and harder versions"
  group "Easier and harder versions"
    button "Harder: Knee push-up"
  heading[3] "Sources"
  list (3 items)
  status ""`;
/* end snapshot card, plank */

snapshots["card, unknown variation"] = 
`article "There is no push-up variation called "handstand". Known variations: plank, knee, standard, diamond, deficit, weighted, forward, backward."
  status "There is no push-up variation called "handstand". Known variations: plank, knee, standard, diamond, deficit, weighted, forward, backward."
  status ""`;
/* end snapshot card, unknown variation */

