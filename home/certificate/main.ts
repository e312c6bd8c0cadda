import { createApp } from 'vue'
import { registerOffline } from '../../composables/offline'
import Certificate from '../Certificate.vue'
import '../../styles/index.css'
import '../home.css'
import './certificate.css'

createApp(Certificate).mount('#app')
registerOffline('../')
