import { chromium } from 'playwright-chromium'
const browser = await chromium.launch({ executablePath: process.env.CHROME, args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
page.on('console', m => { if (m.type() === 'error' || m.type()==='warning') console.log('console', m.type(), m.text().slice(0, 400)) })
page.on('pageerror', e => console.log('pageerror', e.message.slice(0, 400)))
await page.goto(`http://127.0.0.1:3034/#/${process.argv[2]}`)
await page.waitForTimeout(4000)
console.log(page.url(), (await page.locator('body').innerText()).slice(0,300))
await browser.close()
